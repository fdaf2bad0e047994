import type { ActivityDescriptor } from "../api/schemas";
import { displayText } from "../model/document";
import { inputText } from "../model/inputs";
import type { JsonObject } from "../model/json";
import type { Edge, Node } from "@xyflow/react";

/** Left-to-right layered layout (elkjs) of the nodes as measured on the canvas. */
export async function autoLayout(nodes: Node[], edges: Edge[]): Promise<Map<string, { x: number; y: number }>> {
  const graph = {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.layered.spacing.nodeNodeBetweenLayers": "80",
      "elk.spacing.nodeNode": "50",
      "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
      "elk.layered.cycleBreaking.strategy": "DEPTH_FIRST",
    },
    children: nodes.map((n) => ({ id: n.id, width: n.measured?.width ?? 240, height: n.measured?.height ?? 120 })),
    edges: edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const { default: ELK } = await import("elkjs/lib/elk.bundled.js");
  const result = await new ELK().layout(graph);
  const positions = new Map<string, { x: number; y: number }>();
  for (const child of result.children ?? []) positions.set(child.id, { x: (child.x ?? 0) + 40, y: (child.y ?? 0) + 40 });
  return positions;
}

/** A node's size before it is drawn, from what ActivityNode shows: kind, title, details and ports. */
export function estimatedSize(activity: JsonObject, descriptor: ActivityDescriptor | undefined, ports: number): { width: number; height: number } {
  const title = inputText(activity, "title") ?? displayText(activity) ?? String(activity.name ?? "");
  const details = (descriptor?.inputs ?? []).filter((i) => ["role", "workingDuration", "unitRule"].includes(i.editor)).length;
  const height = 14 + 16 + 18 * Math.max(1, Math.ceil(title.length / 28)) + 15 * details + (ports > 0 ? 10 + 15 * ports : 0);
  return { width: 230, height };
}
