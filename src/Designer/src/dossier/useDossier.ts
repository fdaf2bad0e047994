import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, command, getVersioned } from "../api/client";
import { dossierDetail } from "./schemas";

export const dossierKey = (id: string) => ["dossier", id] as const;

/** A dossier's detail with its ETag ("v{version}"), which every action sends back as If-Match. */
export const useDossier = (id: string) =>
  useQuery({ queryKey: dossierKey(id), queryFn: () => getVersioned(`/api/dossiers/${encodeURIComponent(id)}`, dossierDetail), retry: false });

/**
 * Another officer changed the dossier since it was read (412, or 409 Conflict on If-Match) — not a
 * refusal because of the dossier's state (409 InvalidState), which carries its own reason.
 */
export const isConflict = (error: unknown) =>
  error instanceof ApiError && (error.status === 412 || (error.status === 409 && error.problem.code !== "InvalidState"));

export interface DossierAction {
  path: string;
  body?: unknown;
}

/**
 * Runs an action on the dossier (claim, complete, reassign, send back, supplements, receipt) with
 * If-Match; whatever the answer, the dossier and the inbox are read again so the page shows where
 * the dossier is now.
 */
export function useDossierAction(id: string, etag: string | null | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: DossierAction) => command("POST", action.path, action.body ?? {}, { ifMatch: etag }),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: dossierKey(id) });
      void client.invalidateQueries({ queryKey: ["inbox"] });
    },
  });
}
