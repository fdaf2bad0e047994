import { createContext, useContext } from "react";
import type { ActivityDescriptor, Issue, Role } from "../api/schemas";

/** What every node of a diagram needs to render itself, shared instead of copied into each node. */
export interface DiagramInfo {
  descriptors: Map<string, ActivityDescriptor>;
  roles: Role[] | undefined;
  issues: Map<string, Issue[]>;
  readOnly: boolean;
}

export const DiagramContext = createContext<DiagramInfo>({ descriptors: new Map(), roles: undefined, issues: new Map(), readOnly: true });

export const useDiagram = () => useContext(DiagramContext);
