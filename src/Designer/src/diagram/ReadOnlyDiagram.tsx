import { Background, Controls, ReactFlow, ReactFlowProvider, useNodesInitialized, useReactFlow } from "@xyflow/react";
import { useEffect, useMemo, useRef, useState } from "react";
import { useRoles } from "../api/queries";
import type { ActivityDescriptor } from "../api/schemas";
import type { JsonObject } from "../model/json";
import { nodeTypes } from "./ActivityNode";
import { buildFlow } from "./buildFlow";
import { DiagramContext } from "./DiagramContext";
import { autoLayout } from "./layout";

const NONE = new Set<string>();
type Positions = Map<string, { x: number; y: number }>;

/** A procedure's flowchart to look at, not to edit (the public catalogue), laid out for reading. */
export function ReadOnlyDiagram({ doc, descriptors, label }: { doc: JsonObject; descriptors: Map<string, ActivityDescriptor>; label: string }) {
  const roles = useRoles().data;
  const built = useMemo(() => buildFlow(doc, descriptors, NONE), [doc, descriptors]);
  const [positions, setPositions] = useState<Positions>();
  const nodes = useMemo(() => built.nodes.map((n) => ({ ...n, position: positions?.get(n.id) ?? n.position })), [built, positions]);
  const info = useMemo(() => ({ descriptors, roles, issues: new Map(), readOnly: true }), [descriptors, roles]);
  return (
    <div className="readonly-diagram" aria-label={label} data-testid="diagram">
      <DiagramContext.Provider value={info}>
        <ReactFlowProvider>
          <ReactFlow nodes={nodes} edges={built.edges} nodeTypes={nodeTypes} nodesDraggable={false} nodesConnectable={false}
            elementsSelectable={false} fitView fitViewOptions={{ padding: 0.1, maxZoom: 1 }} minZoom={0.2} proOptions={{ hideAttribution: true }}>
            <Background gap={20} />
            <Controls showInteractive={false} />
            <Arrange onArranged={setPositions} />
          </ReactFlow>
        </ReactFlowProvider>
      </DiagramContext.Provider>
    </div>
  );
}

/** Once the nodes are measured, lays them out left to right (elkjs) so none overlap, and fits the view. */
function Arrange({ onArranged }: { onArranged: (p: Positions) => void }) {
  const initialized = useNodesInitialized();
  const flow = useReactFlow();
  const done = useRef(false);
  useEffect(() => {
    if (!initialized || done.current) return;
    done.current = true;
    const measured = flow.getNodes().map((n) => ({ ...n, measured: flow.getInternalNode(n.id)?.measured ?? n.measured }));
    void autoLayout(measured, flow.getEdges()).then((p) => {
      onArranged(p);
      window.setTimeout(() => void flow.fitView({ padding: 0.1, maxZoom: 1 }), 50);
    });
  }, [initialized, flow, onArranged]);
  return null;
}
