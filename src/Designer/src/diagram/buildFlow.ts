import { MarkerType, type Edge, type Node } from "@xyflow/react";
import type { ActivityDescriptor } from "../api/schemas";
import { activitiesOf, connectionOf, connectionsOf, positionOf, rootOf } from "../model/document";
import type { JsonObject } from "../model/json";
import { portsOf } from "./ports";

export interface ActivityNodeData extends Record<string, unknown> {
  activity: JsonObject;
  ports: string[];
}

export type ActivityFlowNode = Node<ActivityNodeData, "activity">;

/** React Flow nodes and edges for a document: node id = activity id; edge id carries the connection's index. */
export function buildFlow(doc: JsonObject, descriptors: Map<string, ActivityDescriptor>, selected: ReadonlySet<string>): {
  nodes: ActivityFlowNode[];
  edges: Edge[];
} {
  const connections = connectionsOf(doc);
  const nodes = activitiesOf(doc).map((activity, i): ActivityFlowNode => {
    const id = String(activity.id ?? `activity-${i}`);
    const type = String(activity.type ?? "");
    return {
      id,
      type: "activity",
      position: positionOf(activity) ?? { x: 40 + (i % 4) * 280, y: 40 + Math.floor(i / 4) * 180 },
      selected: selected.has(id),
      data: { activity, ports: portsOf(activity, descriptors.get(type), connections) },
    };
  });
  const raw = rootOf(doc).connections;
  const edges: Edge[] = [];
  (Array.isArray(raw) ? raw : []).forEach((c, index) => {
    const p = connectionOf(c);
    if (!p) return;
    edges.push({
      id: `c${index}`,
      source: p.source,
      sourceHandle: p.sourcePort,
      target: p.target,
      targetHandle: "In",
      type: "smoothstep",
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      selected: selected.has(`c${index}`),
      data: { index },
    });
  });
  return { nodes, edges };
}
