import type { TrackingRow, UnitStay } from "./schemas";

export const TRANSFER = "TthcFlow.Transfer";

const isLive = (r: TrackingRow) => !r.completedAt && (r.result === "Pending" || r.result === "Overdue");

/** One unit in the interconnected chain: where the dossier went, its status there, who holds it, its time against its share. */
export interface ChainStop {
  key: string;
  /** 0 for the dossier's own procedure, 1 for a transfer from it, 2 for a transfer nested in that one… */
  depth: number;
  agencyEId: string;
  /** The transfer's row, or undefined for the dossier's own procedure at an agency. */
  transfer?: TrackingRow;
  /** The internal procedure the unit runs (quy trình nội bộ), for a transfer. */
  procedureId?: string | null;
  /** The step being worked on there now, if any. */
  live?: TrackingRow;
  finished: boolean;
  outcome?: string | null;
  holder?: string | null;
  usedHours: number;
  allottedHours: number;
  countsTowardLimit: boolean;
  late: boolean;
}

/**
 * Where the dossier is now across units (liên thông): the agencies of the dossier's own procedure,
 * then each transfer with its depth, the receiving unit's live step and holder, and each unit's
 * working time used against its allotment from the engine's per-unit ledger.
 */
export function chainOf(rows: readonly TrackingRow[], ledger: readonly UnitStay[]): ChainStop[] {
  const byId = new Map(rows.map((r) => [r.taskId, r]));
  const stayOf = new Map(ledger.map((s) => [s.taskId, s]));
  const depth = (r: TrackingRow): number => {
    let d = 0;
    for (let p = r.parentTaskId ? byId.get(r.parentTaskId) : undefined; p; p = p.parentTaskId ? byId.get(p.parentTaskId) : undefined) if (p.stepType === TRANSFER) d++;
    return d;
  };
  const holderOf = (r: TrackingRow | undefined) => (r ? r.receivedBy ?? r.assignedTo ?? null : null);

  const own = new Map<string, ChainStop>();
  for (const r of rows.filter((x) => !x.parentTaskId && x.stepType !== TRANSFER && x.result !== "Cancelled")) {
    const stay = stayOf.get(r.taskId);
    const stop = own.get(r.agencyEId) ?? {
      key: `own-${r.agencyEId}`, depth: 0, agencyEId: r.agencyEId, finished: true, usedHours: 0, allottedHours: 0, countsTowardLimit: true, late: false,
    };
    if (isLive(r)) { stop.live = r; stop.finished = false; stop.holder = holderOf(r); }
    stop.usedHours += stay?.usedHours ?? 0;
    stop.allottedHours += stay?.allottedHours ?? 0;
    stop.late = stop.late || !!stay?.late;
    own.set(r.agencyEId, stop);
  }

  const transfers = rows.filter((r) => r.stepType === TRANSFER && r.result !== "Cancelled").map((t): ChainStop => {
    const stay = stayOf.get(t.taskId);
    const live = rows.find((r) => r.parentTaskId === t.taskId && r.stepType !== TRANSFER && isLive(r));
    return {
      key: `transfer-${t.taskId}`, depth: depth(t) + 1, agencyEId: t.agencyEId, transfer: t, procedureId: t.childDefinitionId,
      live, finished: !!t.completedAt, outcome: t.outcome, holder: holderOf(live) ?? holderOf(t),
      usedHours: stay?.usedHours ?? 0, allottedHours: stay?.allottedHours ?? 0, countsTowardLimit: stay?.countsTowardLimit ?? true, late: !!stay?.late,
    };
  });
  // Nested transfers follow the transfer they belong to.
  const ordered: ChainStop[] = [];
  const place = (parent: string | undefined) => {
    for (const stop of transfers.filter((s) => (s.transfer?.parentTaskId ? ancestorTransfer(s.transfer, byId) : undefined) === parent)) {
      ordered.push(stop);
      place(stop.transfer?.taskId);
    }
  };
  place(undefined);
  return [...own.values(), ...ordered];
}

/** The transfer a row sits under (its nearest transfer ancestor), if any. */
function ancestorTransfer(row: TrackingRow, byId: ReadonlyMap<string, TrackingRow>): string | undefined {
  for (let p = row.parentTaskId ? byId.get(row.parentTaskId) : undefined; p; p = p.parentTaskId ? byId.get(p.parentTaskId) : undefined)
    if (p.stepType === TRANSFER) return p.taskId;
  return undefined;
}
