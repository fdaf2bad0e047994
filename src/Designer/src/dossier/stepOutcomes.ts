import type { ActivityDescriptor } from "../api/schemas";
import { portsOf } from "../diagram/ports";
import { activitiesOf, connectionsOf } from "../model/document";
import { inputText } from "../model/inputs";
import { asString, type JsonObject } from "../model/json";
import type { TrackingRow } from "./schemas";

/**
 * The outcomes an officer may choose for a live step: the server's list when it sends one,
 * otherwise the ports of the step's activity in the definition version the dossier runs on
 * (found by activity id, else by type and title).
 */
export function stepOutcomes(row: TrackingRow, definition: JsonObject | undefined, descriptors: ReadonlyMap<string, ActivityDescriptor>): string[] {
  if (row.outcomes && row.outcomes.length > 0) return row.outcomes;
  if (!definition) return [];
  const activities = activitiesOf(definition);
  const activityId = typeof row.activityId === "string" ? row.activityId : undefined;
  const activity = (activityId ? activities.find((a) => a.id === activityId) : undefined)
    ?? activities.find((a) => asString(a.type) === row.stepType && inputText(a, "title") === row.title);
  if (!activity) return [];
  return portsOf(activity, descriptors.get(row.stepType), connectionsOf(definition));
}

/** Outcomes that send the dossier back (handled by the send-back action, which asks for a reason). */
export const SEND_BACK_OUTCOMES = new Set(["SentBack", "Returned", "Rejected"]);
