import type { ActivityDescriptor } from "../api/schemas";
import { activitiesOf, connectionOf, rootOf } from "./document";
import { setBare, setStructured, setWrapped } from "./inputs";
import { isObject, randomId, withKey, type Json, type JsonObject } from "./json";

/** Pure edits of an Elsa document: each returns a new document and leaves the input untouched. */

function withRoot(doc: JsonObject, patch: JsonObject): JsonObject {
  return { ...doc, root: { ...rootOf(doc), ...patch } };
}

function rawConnections(doc: JsonObject): Json[] {
  const list = rootOf(doc).connections;
  return Array.isArray(list) ? list : [];
}

export function updateActivity(doc: JsonObject, id: string, update: (a: JsonObject) => JsonObject): JsonObject {
  const activities = activitiesOf(doc).map((a) => (a.id === id ? update(a) : a));
  return withRoot(doc, { activities });
}

function withPosition(activity: JsonObject, x: number, y: number): JsonObject {
  const metadata = isObject(activity.metadata) ? activity.metadata : {};
  const designer = isObject(metadata.designer) ? metadata.designer : {};
  const position = { x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100 };
  return withKey(activity, "metadata", { ...metadata, designer: { ...designer, position } }, ["activities", "connections"]);
}

export function movePositions(doc: JsonObject, positions: ReadonlyMap<string, { x: number; y: number }>): JsonObject {
  const activities = activitiesOf(doc).map((a) => {
    const p = typeof a.id === "string" ? positions.get(a.id) : undefined;
    return p ? withPosition(a, p.x, p.y) : a;
  });
  return withRoot(doc, { activities });
}

/** The starting value of an input on a new activity: its declared default, or one entry for a list of outcomes. */
function initialValue(editor: string, defaultValue: Json | undefined): Json | undefined {
  if (defaultValue !== undefined && defaultValue !== null) return defaultValue;
  return editor === "outcomes" ? ["Done"] : undefined;
}

export function addActivity(doc: JsonObject, descriptor: ActivityDescriptor, x: number, y: number, id = randomId()): JsonObject {
  const short = descriptor.type.split(".").pop() ?? "Activity";
  const count = activitiesOf(doc).filter((a) => a.type === descriptor.type).length + 1;
  let activity: JsonObject = { id, type: descriptor.type, version: 1, name: `${short}${count}` };
  for (const input of descriptor.inputs) {
    const value = initialValue(input.editor, input.default as Json | undefined);
    if (value === undefined) continue;
    activity = typeof value === "object" && value !== null
      ? setStructured(activity, input.name, input.typeName, value)
      : setWrapped(activity, input.name, input.typeName, "Literal", value);
  }
  activity = { ...activity, customProperties: { canStartWorkflow: descriptor.isStart, runAsynchronously: false }, metadata: {} };
  activity = withPosition(activity, x, y);
  return withRoot(doc, { activities: [...activitiesOf(doc), activity] });
}

export function removeActivities(doc: JsonObject, ids: ReadonlySet<string>): JsonObject {
  const activities = activitiesOf(doc).filter((a) => !(typeof a.id === "string" && ids.has(a.id)));
  const connections = rawConnections(doc).filter((c) => {
    const parsed = connectionOf(c);
    return !parsed || !(ids.has(parsed.source) || ids.has(parsed.target));
  });
  return withRoot(doc, { activities, connections });
}

export function connect(doc: JsonObject, source: string, sourcePort: string, target: string, targetPort = "In"): JsonObject {
  const exists = rawConnections(doc).some((c) => {
    const p = connectionOf(c);
    return p?.source === source && p.sourcePort === sourcePort && p.target === target;
  });
  if (exists) return doc;
  const connection: JsonObject = { source: { activity: source, port: sourcePort }, target: { activity: target, port: targetPort }, vertices: [] };
  return withRoot(doc, { connections: [...rawConnections(doc), connection] });
}

/** Removes connections by their index in the document's list. */
export function removeConnections(doc: JsonObject, indices: ReadonlySet<number>): JsonObject {
  return withRoot(doc, { connections: rawConnections(doc).filter((_, i) => !indices.has(i)) });
}

/** Renames a port: connections leaving `id` through `from` now leave through `to`. */
export function renamePort(doc: JsonObject, id: string, from: string, to: string): JsonObject {
  const connections = rawConnections(doc).map((c) => {
    const p = connectionOf(c);
    if (!p || p.source !== id || p.sourcePort !== from || !isObject(c) || !isObject(c.source)) return c;
    return { ...c, source: { ...c.source, port: to } };
  });
  return withRoot(doc, { connections });
}

export { setBare, setStructured, setWrapped };
