import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { getJson } from "../api/client";
import { apology, apologyLetter } from "./schemas";

/** Văn bản xin lỗi chờ ký: the apologies the signed-in officer's post must sign, oldest first. */
export const useOwedApologies = (enabled = true) =>
  useQuery({ queryKey: ["apologies", "owed"], enabled, queryFn: () => getJson("/api/apologies/owed", z.array(apology)), refetchInterval: 60_000 });

/** The letter as printed at the desk (the applicant named in full); a draft while the apology is owed. */
export const useApologyLetter = (dossierId: string, apologyId: string) =>
  useQuery({
    queryKey: ["apology-letter", dossierId, apologyId],
    queryFn: () => getJson(`/api/dossiers/${encodeURIComponent(dossierId)}/apologies/${encodeURIComponent(apologyId)}/letter`, apologyLetter),
    retry: false,
  });

/** The officer route of the printable letter. */
export const letterPath = (dossierId: string, apologyId: string) => `/ho-so/${dossierId}/thu-xin-loi/${apologyId}`;
