import { useEffect, useState } from "react";
import { ApiError, postJson } from "../api/client";
import { validateResult, type Issue } from "../api/schemas";
import { forExport } from "../model/document";
import type { JsonObject } from "../model/json";

export interface ValidationState {
  issues: Issue[];
  checking: boolean;
  /** Set when the server could not be asked (network) — shown, never mistaken for "valid". */
  failure?: string;
}

/** Live validation: the document is sent to POST /api/definitions/validate a moment after each change. */
export function useValidation(doc: JsonObject, language: string): ValidationState {
  const [state, setState] = useState<ValidationState>({ issues: [], checking: true });
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, checking: true }));
    const timer = window.setTimeout(() => {
      postJson("/api/definitions/validate", forExport(doc), validateResult)
        .then((r) => !controller.signal.aborted && setState({ issues: r.issues, checking: false }))
        .catch((e: unknown) => {
          if (controller.signal.aborted) return;
          if (e instanceof ApiError && e.issues.length > 0) setState({ issues: e.issues, checking: false });
          else setState({ issues: [], checking: false, failure: e instanceof Error ? e.message : String(e) });
        });
    }, 350);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [doc, language]);
  return state;
}

export function issuesByActivity(issues: Issue[]): Map<string, Issue[]> {
  const map = new Map<string, Issue[]>();
  for (const issue of issues) {
    if (!issue.activityId) continue;
    map.set(issue.activityId, [...(map.get(issue.activityId) ?? []), issue]);
  }
  return map;
}
