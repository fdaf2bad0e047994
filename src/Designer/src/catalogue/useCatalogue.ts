import { useQueries } from "@tanstack/react-query";
import { fetchDefinition, useDefinitions } from "../api/queries";
import { procedureOf } from "../model/document";
import type { JsonObject } from "../model/json";

export interface PublishedProcedure {
  definitionId: string;
  version: number;
  name: string;
  procedure: JsonObject;
  definition: JsonObject;
}

/** Every procedure with a published version, read from that version's definition. */
export function useCatalogue() {
  const list = useDefinitions();
  const published = (list.data ?? []).filter((s) => s.publishedVersion != null);
  const details = useQueries({
    queries: published.map((s) => ({
      queryKey: ["definition", s.definitionId, s.publishedVersion ?? 0],
      queryFn: () => fetchDefinition(s.definitionId, s.publishedVersion ?? undefined),
      staleTime: 60_000,
    })),
  });
  const procedures: PublishedProcedure[] = details.flatMap((q) =>
    q.data ? [{ definitionId: q.data.definitionId, version: q.data.version, name: q.data.name ?? q.data.definitionId, procedure: procedureOf(q.data.definition), definition: q.data.definition }] : []);
  return {
    procedures,
    isPending: list.isPending || details.some((q) => q.isPending),
    error: list.error ?? details.find((q) => q.error)?.error ?? null,
  };
}
