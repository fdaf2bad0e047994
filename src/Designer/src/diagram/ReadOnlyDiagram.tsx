import { Background, Controls, ReactFlow, ReactFlowProvider } from "@xyflow/react";
import { useEffect, useMemo, useState } from "react";
import { useRoles } from "../api/queries";
import type { ActivityDescriptor } from "../api/schemas";
import type { JsonObject } from "../model/json";
import { nodeTypes } from "./ActivityNode";
import { buildFlow } from "./buildFlow";
import { DiagramContext } from "./DiagramContext";
import { autoLayout, estimatedSize } from "./layout";

const NONE = new Set<string>();
type Positions = Map<string, { x: number; y: number }>;

/** A procedure's flowchart to look at, not to edit (the public catalogue), laid out left to right for reading. */
export function ReadOnlyDiagram({ doc, descriptors, label }: { doc: JsonObject; descriptors: Map<string, ActivityDescriptor>; label: string }) {
  const roles = useRoles().data;
  const built = useMemo(() => buildFlow(doc, descriptors, NONE), [doc, descriptors]);
  const [positions, setPositions] = useState<Positions>();
  useEffect(() => {
    let live = true;
    const sized = built.nodes.map((n) => ({ ...n, measured: estimatedSize(n.data.activity, descriptors.get(String(n.data.activity.type)), n.data.ports.length) }));
    void autoLayout(sized, built.edges).then((p) => live && setPositions(p));
    return () => { live = false; };
  }, [built, descriptors]);
  const nodes = useMemo(() => built.nodes.map((n) => ({ ...n, position: positions?.get(n.id) ?? n.position })), [built, positions]);
  const info = useMemo(() => ({ descriptors, roles, issues: new Map(), readOnly: true }), [descriptors, roles]);
  return (
    <div className="readonly-diagram" aria-label={label} data-testid="diagram" data-arranged={positions ? "true" : "false"}>
      {positions && (
        <DiagramContext.Provider value={info}>
          <ReactFlowProvider>
            <ReactFlow nodes={nodes} edges={built.edges} nodeTypes={nodeTypes} nodesDraggable={false} nodesConnectable={false}
              elementsSelectable={false} fitView fitViewOptions={{ padding: 0.1, maxZoom: 1 }} minZoom={0.2} proOptions={{ hideAttribution: true }}>
              <Background gap={20} />
              <Controls showInteractive={false} />
            </ReactFlow>
          </ReactFlowProvider>
        </DiagramContext.Provider>
      )}
    </div>
  );
}
