import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { getJson } from "./client";
import {
  activityDescriptor, agency, definitionDetail, definitionSummary, organisationSummary, role,
  adminUnit,
} from "./schemas";

/** Reference data changes only when the server restarts. */
const STATIC = { staleTime: Infinity, gcTime: Infinity } as const;

export const useActivities = () =>
  useQuery({ queryKey: ["activities"], queryFn: () => getJson("/api/activities", z.array(activityDescriptor)), ...STATIC });

const readRoles = () => getJson("/api/organisation/roles", z.array(role));

export const useRoles = () => useQuery({ queryKey: ["roles"], queryFn: readRoles, ...STATIC });

/** The roles a procedure step may name (the pickers of the designer). */
export const useStepRoles = () =>
  useQuery({ queryKey: ["roles"], queryFn: readRoles, ...STATIC, select: (roles) => roles.filter((r) => r.handlesDossiers) });

export const useOrganisation = () =>
  useQuery({ queryKey: ["organisation"], queryFn: () => getJson("/api/organisation", organisationSummary), ...STATIC });

export const useCommunes = () =>
  useQuery({ queryKey: ["communes"], queryFn: () => getJson("/api/organisation/communes", z.array(adminUnit)), ...STATIC });

export const useAgencies = (q: string) =>
  useQuery({
    queryKey: ["agencies", q],
    queryFn: () => getJson(`/api/organisation/agencies?q=${encodeURIComponent(q)}`, z.array(agency)),
    staleTime: 60_000,
  });

export const useAgency = (eId: string | undefined) =>
  useQuery({
    queryKey: ["agency", eId],
    enabled: !!eId,
    queryFn: () => getJson(`/api/organisation/agencies/${encodeURIComponent(eId ?? "")}`, z.looseObject({ agency })),
    retry: false,
    ...STATIC,
  });

export const useDefinitions = () =>
  useQuery({ queryKey: ["definitions"], queryFn: () => getJson("/api/definitions", z.array(definitionSummary)) });

export const definitionPath = (id: string, version?: number) =>
  version === undefined
    ? `/api/definitions/${encodeURIComponent(id)}`
    : `/api/definitions/${encodeURIComponent(id)}/versions/${version}`;

export const fetchDefinition = (id: string, version?: number) => getJson(definitionPath(id, version), definitionDetail);

export const useDefinition = (id: string | undefined, version?: number) =>
  useQuery({
    queryKey: ["definition", id, version ?? "latest"],
    enabled: !!id,
    queryFn: () => fetchDefinition(id ?? "", version),
    retry: false,
  });
