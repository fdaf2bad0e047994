import { useQueries } from "@tanstack/react-query";
import { z } from "zod";
import { getJson } from "../api/client";
import { agency } from "../api/schemas";

const unit = z.looseObject({ code: z.string(), name: z.string() });
const agencyDetail = z.looseObject({ agency, units: z.array(unit).default([]) });

/** Names of the agencies (and their units) a dossier passed through, for the tracking sheet and the slip. */
export function useUnitNames(agencyEIds: readonly string[]) {
  const unique = [...new Set(agencyEIds.filter(Boolean))].sort();
  const results = useQueries({
    queries: unique.map((eId) => ({
      queryKey: ["agency-units", eId],
      queryFn: () => getJson(`/api/organisation/agencies/${encodeURIComponent(eId)}`, agencyDetail),
      staleTime: Infinity,
      retry: false,
    })),
  });
  const byEId = new Map(results.flatMap((r) => (r.data ? [[r.data.agency.eId, r.data] as const] : [])));
  const agencyName = (eId: string) => byEId.get(eId)?.agency.name ?? eId;
  const unitName = (eId: string, code: string) => {
    const found = byEId.get(eId);
    const unitText = found?.units.find((u) => u.code === code)?.name ?? code;
    return found ? `${unitText} — ${found.agency.name}` : `${code} — ${eId}`;
  };
  return { agencyName, unitName };
}
