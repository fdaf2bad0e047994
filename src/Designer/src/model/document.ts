import { asArray, asNumber, asString, isObject, randomId, withKey, type Json, type JsonObject } from "./json";

/** A connection in Elsa 3.6's nested form. */
export interface Connection {
  source: string;
  sourcePort: string;
  target: string;
  targetPort: string;
}

const FLAGS = ["canStartWorkflow", "runAsynchronously"] as const;

export function rootOf(doc: JsonObject): JsonObject {
  return isObject(doc.root) ? doc.root : { type: "Elsa.Flowchart", id: "Flowchart1", activities: [], connections: [] };
}

export function activitiesOf(doc: JsonObject): JsonObject[] {
  return asArray(rootOf(doc).activities).filter(isObject);
}

export function connectionOf(raw: Json): Connection | undefined {
  if (!isObject(raw)) return undefined;
  if (isObject(raw.source) && isObject(raw.target)) {
    const source = asString(raw.source.activity), target = asString(raw.target.activity);
    if (!source || !target) return undefined;
    return { source, sourcePort: asString(raw.source.port) ?? "Done", target, targetPort: asString(raw.target.port) ?? "In" };
  }
  const source = asString(raw.source), target = asString(raw.target);
  if (!source || !target) return undefined;
  return { source, sourcePort: asString(raw.sourcePort) ?? "Done", target, targetPort: asString(raw.targetPort) ?? "In" };
}

export function connectionsOf(doc: JsonObject): Connection[] {
  return asArray(rootOf(doc).connections).map(connectionOf).filter((c): c is Connection => c !== undefined);
}

export function positionOf(activity: JsonObject): { x: number; y: number } | undefined {
  const designer = isObject(activity.metadata) && isObject(activity.metadata.designer) ? activity.metadata.designer : undefined;
  const position = designer && isObject(designer.position) ? designer.position : undefined;
  const x = asNumber(position?.x), y = asNumber(position?.y);
  return x === undefined || y === undefined ? undefined : { x, y };
}

/** The label Elsa Studio shows for an activity (metadata.displayText), if any. */
export function displayText(activity: JsonObject): string | undefined {
  const text = isObject(activity.metadata) ? asString(activity.metadata.displayText) : undefined;
  return text && text.trim() !== "" ? text : undefined;
}

/** Moves 3.0's top-level flags into customProperties and flat connections into the nested form. */
function canonicalActivity(activity: JsonObject): JsonObject {
  let result = activity;
  const custom: JsonObject = isObject(activity.customProperties) ? activity.customProperties : {};
  const moved = FLAGS.filter((f) => f in activity);
  if (moved.length > 0) {
    const flags: JsonObject = {};
    for (const f of FLAGS) if (f in custom || f in activity) flags[f] = custom[f] ?? activity[f];
    const rest = Object.fromEntries(Object.entries(custom).filter(([k]) => !(FLAGS as readonly string[]).includes(k)));
    result = Object.fromEntries(Object.entries(activity).filter(([k]) => !(FLAGS as readonly string[]).includes(k)));
    result = withKey(result, "customProperties", { ...flags, ...rest }, ["metadata", "activities", "connections"]);
  }
  if (Array.isArray(result.activities)) result = { ...result, activities: result.activities.map((a) => (isObject(a) ? canonicalActivity(a) : a)) };
  if (Array.isArray(result.connections)) {
    result = {
      ...result,
      connections: result.connections.map((c) => {
        if (!isObject(c) || isObject(c.source)) return c;
        const parsed = connectionOf(c);
        if (!parsed) return c;
        const { source: _s, target: _t, sourcePort: _sp, targetPort: _tp, ...rest } = c;
        void _s; void _t; void _sp; void _tp;
        return {
          source: { activity: parsed.source, port: parsed.sourcePort },
          target: { activity: parsed.target, port: parsed.targetPort },
          vertices: [],
          ...rest,
        };
      }),
    };
  }
  return result;
}

export function canonicalize(doc: JsonObject): JsonObject {
  return isObject(doc.root) ? { ...doc, root: canonicalActivity(doc.root) } : doc;
}

export function procedureOf(doc: JsonObject): JsonObject {
  const custom = isObject(doc.customProperties) ? doc.customProperties : {};
  return isObject(custom.procedure) ? custom.procedure : {};
}

export function withProcedure(doc: JsonObject, procedure: JsonObject): JsonObject {
  const custom = isObject(doc.customProperties) ? doc.customProperties : {};
  return withKey(doc, "customProperties", { ...custom, procedure }, ["root"]);
}

/** A new, empty procedure: a flowchart with no activities. */
export function newDefinition(name: string): JsonObject {
  const suffix = randomId().slice(0, 6);
  return {
    id: randomId(),
    definitionId: `quy-trinh-${suffix}`,
    name,
    version: 1,
    toolVersion: "3.6.0.0",
    variables: [],
    inputs: [],
    outputs: [],
    outcomes: [],
    customProperties: {
      procedure: { name, competentLevel: "Commune", legalLimit: { value: 3, unit: "WorkingDays" }, locationIndependent: false, channels: [1, 2], fees: [], requiredDocuments: [] },
    },
    isLatest: true,
    isPublished: false,
    options: { autoUpdateConsumingWorkflows: false },
    root: {
      id: "Flowchart1",
      type: "Elsa.Flowchart",
      version: 1,
      customProperties: { canStartWorkflow: false, runAsynchronously: false },
      metadata: {},
      activities: [],
      connections: [],
    },
  };
}

function ordered(obj: JsonObject, first: readonly string[], last: readonly string[]): JsonObject {
  const result: JsonObject = {};
  for (const k of first) if (k in obj) result[k] = obj[k];
  for (const [k, v] of Object.entries(obj)) if (!first.includes(k) && !last.includes(k)) result[k] = v;
  for (const k of last) if (k in obj) result[k] = obj[k];
  return result;
}

function orderedActivity(activity: JsonObject): JsonObject {
  let result = ordered(activity, ["id", "type", "version", "name"], ["customProperties", "metadata", "activities", "connections"]);
  if (isObject(result.customProperties)) result = { ...result, customProperties: ordered(result.customProperties, FLAGS, []) };
  if (Array.isArray(result.activities)) result = { ...result, activities: result.activities.map((a) => (isObject(a) ? orderedActivity(a) : a)) };
  return result;
}

/** The document in the canonical property order of docs/definition-format.md. */
export function forExport(doc: JsonObject): JsonObject {
  const result = ordered(canonicalize(doc), ["$schema", "id", "definitionId", "name", "description", "version"], ["variables", "customProperties", "root"]);
  return isObject(result.root) ? { ...result, root: orderedActivity(result.root) } : result;
}

export function toJsonText(doc: JsonObject): string {
  return JSON.stringify(forExport(doc), null, 2) + "\n";
}
