import { useCallback, useState } from "react";
import type { JsonObject } from "../model/json";

interface History {
  past: JsonObject[];
  present: JsonObject;
  future: JsonObject[];
  /** The document as last loaded or saved, to know whether there are unsaved changes. */
  saved: JsonObject;
}

const LIMIT = 200;

/** The edited document with undo and redo: every edit pushes the previous document. */
export function useHistory(initial: JsonObject) {
  const [h, setH] = useState<History>({ past: [], present: initial, future: [], saved: initial });

  const apply = useCallback((update: (doc: JsonObject) => JsonObject) => {
    setH((s) => {
      const next = update(s.present);
      if (next === s.present) return s;
      return { ...s, past: [...s.past.slice(-LIMIT + 1), s.present], present: next, future: [] };
    });
  }, []);

  const undo = useCallback(() => {
    setH((s) => (s.past.length === 0 ? s : { ...s, past: s.past.slice(0, -1), present: s.past[s.past.length - 1], future: [s.present, ...s.future] }));
  }, []);

  const redo = useCallback(() => {
    setH((s) => (s.future.length === 0 ? s : { ...s, past: [...s.past, s.present], present: s.future[0], future: s.future.slice(1) }));
  }, []);

  /** Replaces the document (load, import) and clears the history. */
  const reset = useCallback((doc: JsonObject, savedAs: JsonObject = doc) => {
    setH({ past: [], present: doc, future: [], saved: savedAs });
  }, []);

  const markSaved = useCallback((doc: JsonObject) => setH((s) => ({ ...s, saved: doc })), []);

  return {
    doc: h.present,
    dirty: h.present !== h.saved,
    canUndo: h.past.length > 0,
    canRedo: h.future.length > 0,
    apply,
    undo,
    redo,
    reset,
    markSaved,
  };
}

export type DocHistory = ReturnType<typeof useHistory>;
