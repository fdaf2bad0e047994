import { canonicalize, toJsonText } from "../model/document";
import { isObject, type Json, type JsonObject } from "../model/json";

/** Reads an Elsa 3 workflow definition file (a UTF-8 byte-order mark is allowed). */
export async function readDefinitionFile(file: File): Promise<JsonObject> {
  const text = (await file.text()).replace(/^\uFEFF/, "");
  const parsed = JSON.parse(text) as Json;
  if (!isObject(parsed) || !isObject(parsed.root)) throw new Error("not-a-definition");
  return canonicalize(parsed);
}

/** Offers the document as a file download, in the canonical Elsa 3.6 form. */
export function downloadDefinition(doc: JsonObject): void {
  const blob = new Blob([toJsonText(doc)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = `${String(doc.definitionId ?? "workflow")}.json`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
