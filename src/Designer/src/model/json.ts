/** JSON values as the Elsa documents hold them. */
export type Json = null | boolean | number | string | Json[] | JsonObject;
export type JsonObject = { [key: string]: Json };

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function asString(value: Json | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function asNumber(value: Json | undefined): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value))) return Number(value);
  return undefined;
}

export function asArray(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

/** A structured value may be inline JSON or JSON written as text (as Elsa Studio writes it). */
export function structured(value: Json | undefined): Json | undefined {
  if (typeof value !== "string") return value;
  const text = value.trim();
  if (!(text.startsWith("[") || text.startsWith("{"))) return value;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return value;
  }
}

/** A copy of the object with `key` set: an existing key keeps its place; a new one goes before `before` keys. */
export function withKey(obj: JsonObject, key: string, value: Json, before: readonly string[] = []): JsonObject {
  if (key in obj) return { ...obj, [key]: value };
  const result: JsonObject = {};
  let placed = false;
  for (const [k, v] of Object.entries(obj)) {
    if (!placed && before.includes(k)) {
      result[key] = value;
      placed = true;
    }
    result[k] = v;
  }
  if (!placed) result[key] = value;
  return result;
}

export function withoutKey(obj: JsonObject, key: string): JsonObject {
  const { [key]: _removed, ...rest } = obj;
  void _removed;
  return rest;
}

/** Semantic equality (key order ignored). */
export function jsonEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && jsonEqual(a[k], b[k]));
  }
  return false;
}

export function randomId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
