import type { ActivityDescriptor } from "../api/schemas";
import { activitiesOf, connectionsOf, displayText } from "../model/document";
import { inputBoolean, inputNumber, inputText } from "../model/inputs";
import { isObject, type JsonObject } from "../model/json";

export interface TimelineStep {
  id: string;
  title: string;
  hours: number;
  counts: boolean;
}

export interface CriticalPath {
  steps: TimelineStep[];
  /** Working hours that count toward the legal limit along the path. */
  countedHours: number;
}

function stepOf(activity: JsonObject, descriptor: ActivityDescriptor | undefined, lang: string): TimelineStep {
  const duration = descriptor?.inputs.find((i) => i.editor === "workingDuration");
  const hours = duration ? inputNumber(activity, duration.name) ?? 0 : 0;
  const counts = inputBoolean(activity, "countsTowardLimit") ?? true;
  const kind = descriptor ? (lang === "en" ? descriptor.displayName.en : descriptor.displayName.vi) : String(activity.type);
  const title = inputText(activity, "title") ?? displayText(activity) ?? (typeof activity.name === "string" ? activity.name : kind);
  return { id: String(activity.id), title, hours, counts };
}

/**
 * The path from a start to an end whose allotments (those that count toward the legal limit) add
 * up to the most: what the dossier's appointment must cover. Back edges (send-back loops) are
 * ignored, so each step counts once, as the law measures a repeated step from its first execution.
 */
export function criticalPath(doc: JsonObject, descriptors: Map<string, ActivityDescriptor>, lang: string): CriticalPath {
  const activities = activitiesOf(doc);
  const steps = new Map(activities.map((a) => [String(a.id), stepOf(a, descriptors.get(String(a.type)), lang)]));
  const next = new Map<string, string[]>();
  const inbound = new Set<string>();
  for (const c of connectionsOf(doc)) {
    if (!steps.has(c.source) || !steps.has(c.target)) continue;
    next.set(c.source, [...(next.get(c.source) ?? []), c.target]);
    inbound.add(c.target);
  }
  // Declared starts, and any activity nothing leads to (a chain still being drawn counts too).
  const starts = activities
    .filter((a) => descriptors.get(String(a.type))?.isStart || (isObject(a.customProperties) && a.customProperties.canStartWorkflow === true) || !inbound.has(String(a.id)))
    .map((a) => String(a.id));

  const memo = new Map<string, { hours: number; path: string[] }>();
  const onStack = new Set<string>();
  const best = (id: string): { hours: number; path: string[] } => {
    const known = memo.get(id);
    if (known) return known;
    onStack.add(id);
    const step = steps.get(id)!;
    let tail = { hours: 0, path: [] as string[] };
    for (const target of next.get(id) ?? []) {
      if (onStack.has(target)) continue;
      const candidate = best(target);
      if (candidate.hours > tail.hours || (candidate.hours === tail.hours && candidate.path.length > tail.path.length)) tail = candidate;
    }
    onStack.delete(id);
    const result = { hours: (step.counts ? step.hours : 0) + tail.hours, path: [id, ...tail.path] };
    memo.set(id, result);
    return result;
  };

  let winner = { hours: 0, path: [] as string[] };
  for (const s of starts) {
    const candidate = best(s);
    if (candidate.hours > winner.hours || (candidate.hours === winner.hours && candidate.path.length > winner.path.length)) winner = candidate;
  }
  const waits = new Map(activities.map((a) => [String(a.id), descriptors.get(String(a.type))?.waits]));
  const path = winner.path.map((id) => steps.get(id)!).filter((s) => s.hours > 0 || waits.get(s.id) === "HumanTask");
  return { steps: path, countedHours: winner.hours };
}
