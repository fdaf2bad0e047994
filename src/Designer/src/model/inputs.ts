import { asNumber, asString, isObject, structured, withKey, withoutKey, type Json, type JsonObject } from "./json";

/** An activity input as read: Elsa's wrapped `{typeName, expression}` form or a bare value (a Literal). */
export interface InputValue {
  wrapped: boolean;
  expressionType: string;
  value: Json;
}

/** Keys an activity carries besides its inputs; new inputs are written before the trailing ones. */
const TRAILING_KEYS = ["customProperties", "metadata", "activities", "connections"] as const;
export const NON_INPUT_KEYS = new Set<string>(["id", "nodeId", "type", "version", "name", ...TRAILING_KEYS]);

export function readInput(activity: JsonObject, name: string): InputValue | undefined {
  const raw = activity[name];
  if (raw === undefined) return undefined;
  if (isObject(raw) && isObject(raw.expression)) {
    return { wrapped: true, expressionType: asString(raw.expression.type) ?? "Literal", value: raw.expression.value ?? null };
  }
  return { wrapped: false, expressionType: "Literal", value: raw };
}

export function inputText(activity: JsonObject, name: string): string | undefined {
  const input = readInput(activity, name);
  if (!input || input.expressionType !== "Literal") return undefined;
  const text = typeof input.value === "number" || typeof input.value === "boolean" ? String(input.value) : asString(input.value);
  return text === "" ? undefined : text;
}

export function inputNumber(activity: JsonObject, name: string): number | undefined {
  const input = readInput(activity, name);
  return input && input.expressionType === "Literal" ? asNumber(input.value) : undefined;
}

export function inputBoolean(activity: JsonObject, name: string): boolean | undefined {
  const input = readInput(activity, name);
  if (!input) return undefined;
  if (typeof input.value === "boolean") return input.value;
  if (typeof input.value === "string") return input.value.toLowerCase() === "true" ? true : input.value.toLowerCase() === "false" ? false : undefined;
  return undefined;
}

/** A structured input (list, unit rule, escalations) as JSON, whether written inline or as text. */
export function inputStructured(activity: JsonObject, name: string): Json | undefined {
  const input = readInput(activity, name);
  return input ? structured(input.value) : undefined;
}

/** Labels of a string-list input (outcomes, branches). */
export function inputLabels(activity: JsonObject, name: string): string[] {
  const value = inputStructured(activity, name);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** Writes an input in Elsa's wrapped form, keeping its place when it exists. */
export function setWrapped(activity: JsonObject, name: string, typeName: string, expressionType: string, value: Json): JsonObject {
  const wrapped: JsonObject = { typeName, expression: { type: expressionType, value } };
  return withKey(activity, name, wrapped, TRAILING_KEYS);
}

/** Writes a structured value as Elsa Studio does: an Object expression whose value is the JSON text. */
export function setStructured(activity: JsonObject, name: string, typeName: string, value: Json): JsonObject {
  return setWrapped(activity, name, typeName, "Object", JSON.stringify(value));
}

/** Writes a property exactly as given (bare), e.g. a switch's cases or a variable reference. */
export function setBare(activity: JsonObject, name: string, value: Json): JsonObject {
  return withKey(activity, name, value, TRAILING_KEYS);
}

export function removeInput(activity: JsonObject, name: string): JsonObject {
  return withoutKey(activity, name);
}
