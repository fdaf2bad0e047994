import {
  applyEdgeChanges, applyNodeChanges, Background, Controls, MiniMap, ReactFlow, useReactFlow,
  type Connection as FlowConnection, type Edge, type EdgeChange, type NodeChange,
} from "@xyflow/react";
import { useEffect, useMemo, useState, type DragEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ActivityDescriptor } from "../api/schemas";
import { nodeTypes } from "../diagram/ActivityNode";
import { buildFlow, type ActivityFlowNode } from "../diagram/buildFlow";
import { addActivity, connect, movePositions, removeActivities, removeConnections } from "../model/edits";
import { randomId } from "../model/json";
import { DRAG_TYPE } from "./Palette";
import type { DocHistory } from "./useHistory";

/** The editable flowchart: nodes and edges are derived from the document; every change becomes a document edit. */
export function Canvas({ history, descriptors, selection, onSelection }: {
  history: DocHistory;
  descriptors: Map<string, ActivityDescriptor>;
  selection: ReadonlySet<string>;
  onSelection: (ids: Set<string>) => void;
}) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const built = useMemo(() => buildFlow(history.doc, descriptors, selection), [history.doc, descriptors, selection]);
  const [nodes, setNodes] = useState<ActivityFlowNode[]>(built.nodes);
  const [edges, setEdges] = useState<Edge[]>(built.edges);
  useEffect(() => {
    setNodes(built.nodes);
    setEdges(built.edges);
  }, [built]);

  const onNodesChange = (changes: NodeChange<ActivityFlowNode>[]) => {
    const removed = new Set(changes.flatMap((c) => (c.type === "remove" ? [c.id] : [])));
    if (removed.size > 0) {
      history.apply((doc) => removeActivities(doc, removed));
      onSelection(new Set());
      return;
    }
    setNodes((ns) => applyNodeChanges(changes, ns));
    const selects = changes.filter((c) => c.type === "select");
    if (selects.length > 0) {
      const next = new Set(selection);
      for (const c of selects) if (c.type === "select") (c.selected ? next.add(c.id) : next.delete(c.id));
      if (next.size !== selection.size || [...next].some((id) => !selection.has(id))) onSelection(next);
    }
  };

  const onEdgesChange = (changes: EdgeChange[]) => {
    const removed = new Set(changes.flatMap((c) => (c.type === "remove" ? [Number(c.id.slice(1))] : [])));
    if (removed.size > 0) {
      history.apply((doc) => removeConnections(doc, removed));
      return;
    }
    setEdges((es) => applyEdgeChanges(changes, es));
    const selects = changes.filter((c) => c.type === "select");
    if (selects.length > 0) {
      const next = new Set(selection);
      for (const c of selects) if (c.type === "select") (c.selected ? next.add(c.id) : next.delete(c.id));
      onSelection(next);
    }
  };

  const onConnect = (c: FlowConnection) => {
    if (!c.source || !c.target || !c.sourceHandle) return;
    history.apply((doc) => connect(doc, c.source, c.sourceHandle ?? "Done", c.target, c.targetHandle ?? "In"));
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const type = e.dataTransfer.getData(DRAG_TYPE);
    const descriptor = descriptors.get(type);
    if (!descriptor) return;
    const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const id = randomId();
    history.apply((doc) => addActivity(doc, descriptor, p.x - 110, p.y - 30, id));
    onSelection(new Set([id]));
  };

  return (
    <div className="canvas" data-testid="canvas" onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = "move"; }} onDrop={onDrop}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onNodeDragStop={(_, __, dragged) =>
          history.apply((doc) => movePositions(doc, new Map(dragged.map((n) => [n.id, n.position]))))}
        onPaneClick={() => onSelection(new Set())}
        deleteKeyCode={["Delete", "Backspace"]}
        fitView
        fitViewOptions={{ maxZoom: 1, padding: 0.2 }}
        minZoom={0.2}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={20} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable ariaLabel={t("canvas.minimap")} />
      </ReactFlow>
      {nodes.length === 0 && <div className="canvas-empty">{t("canvas.empty")}</div>}
    </div>
  );
}
