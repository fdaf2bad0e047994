import { Background, Controls, ReactFlow, ReactFlowProvider } from "@xyflow/react";
import { useMemo } from "react";
import { useRoles } from "../api/queries";
import type { ActivityDescriptor } from "../api/schemas";
import type { JsonObject } from "../model/json";
import { nodeTypes } from "./ActivityNode";
import { buildFlow } from "./buildFlow";
import { DiagramContext } from "./DiagramContext";

const NONE = new Set<string>();

/** A procedure's flowchart to look at, not to edit (the public catalogue). */
export function ReadOnlyDiagram({ doc, descriptors, label }: { doc: JsonObject; descriptors: Map<string, ActivityDescriptor>; label: string }) {
  const roles = useRoles().data;
  const { nodes, edges } = useMemo(() => buildFlow(doc, descriptors, NONE), [doc, descriptors]);
  const info = useMemo(() => ({ descriptors, roles, issues: new Map(), readOnly: true }), [descriptors, roles]);
  return (
    <div className="readonly-diagram" aria-label={label} data-testid="diagram">
      <DiagramContext.Provider value={info}>
        <ReactFlowProvider>
          <ReactFlow nodes={nodes} edges={edges} nodeTypes={nodeTypes} nodesDraggable={false} nodesConnectable={false}
            elementsSelectable={false} fitView fitViewOptions={{ padding: 0.15, maxZoom: 1 }} minZoom={0.2} proOptions={{ hideAttribution: true }}>
            <Background gap={20} />
            <Controls showInteractive={false} />
          </ReactFlow>
        </ReactFlowProvider>
      </DiagramContext.Provider>
    </div>
  );
}
