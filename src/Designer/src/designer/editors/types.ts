import type { InputDescriptor } from "../../api/schemas";
import type { JsonObject } from "../../model/json";

/** What every property editor gets: its input's descriptor, the activity, the document and two ways to change them. */
export interface EditorProps {
  input: InputDescriptor;
  activity: JsonObject;
  doc: JsonObject;
  /** Replaces the activity by a changed copy (one undo step). */
  update: (change: (activity: JsonObject) => JsonObject) => void;
  /** Changes the whole document, for edits that reach beyond the activity (renaming a port). */
  updateDoc: (change: (doc: JsonObject) => JsonObject) => void;
}
