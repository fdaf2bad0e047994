import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, command, getJson } from "../api/client";
import { officerView, type OfficerView } from "./schemas";

const SESSION = ["session"] as const;

/**
 * Another officer (or nobody) now: forget everything read as the previous one, but keep the
 * session query itself so every component watching it sees the change at once.
 */
function switchOfficer(client: QueryClient, officer: OfficerView | null) {
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION[0] });
  client.setQueryData(SESSION, officer);
}

async function readSession(): Promise<OfficerView | null> {
  try {
    return await getJson("/api/session", officerView);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in officer, or null when signed out (the cookie tthcflow.officer is absent or expired). */
export const useSession = () => useQuery({ queryKey: SESSION, queryFn: readSession, staleTime: 60_000, retry: false });

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { userName: string; password: string }) =>
      command("POST", "/api/session", credentials, { schema: officerView }).then((o) => o ?? null),
    onSuccess: (officer) => switchOfficer(client, officer),
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => command("DELETE", "/api/session"),
    onSettled: () => switchOfficer(client, null),
  });
}
