import { z } from "zod";
import type { Json, JsonObject } from "../model/json";

/** Shapes of the engine's HTTP API; unknown fields are tolerated so the server can grow. */
export const localizedText = z.object({ vi: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof localizedText>;

const json = z.custom<Json>(() => true);
const jsonObject = z.custom<JsonObject>((v) => typeof v === "object" && v !== null && !Array.isArray(v));

export const inputOption = z.object({ value: z.string(), label: localizedText });

export const inputDescriptor = z.object({
  name: z.string(),
  typeName: z.string(),
  editor: z.string(),
  required: z.boolean().default(false),
  default: json.nullish(),
  displayName: localizedText,
  options: z.array(inputOption).default([]),
});
export type InputDescriptor = z.infer<typeof inputDescriptor>;

export const activityDescriptor = z.object({
  type: z.string(),
  displayName: localizedText,
  category: z.string(),
  description: localizedText.optional(),
  inputs: z.array(inputDescriptor).default([]),
  outcomes: z.array(z.string()).default([]),
  outcomesInput: z.string().nullish(),
  waits: z.string().default("None"),
  isStart: z.boolean().default(false),
  isTerminal: z.boolean().default(false),
  isContainer: z.boolean().default(false),
});
export type ActivityDescriptor = z.infer<typeof activityDescriptor>;

/** Vai trò; handlesDossiers is false for the roles that run the system (designer, administrator), which no step may name. */
export const role = z.object({ code: z.string(), name: z.string(), nameEn: z.string().nullish(), handlesDossiers: z.boolean().default(true) });
export type Role = z.infer<typeof role>;

export const adminUnit = z.object({ code: z.string(), name: z.string(), fullName: z.string().nullish(), type: z.string(), level: z.string() });
export type AdminUnit = z.infer<typeof adminUnit>;

export const organisationSummary = z.object({
  province: adminUnit,
  communes: z.number(),
  agencies: z.number(),
  roles: z.array(role),
});

export const agency = z.object({
  eId: z.string(),
  name: z.string(),
  nameEn: z.string().nullish(),
  kind: z.string(),
  level: z.string(),
  areaCode: z.string().nullish(),
});
export type Agency = z.infer<typeof agency>;

export const issue = z.object({
  severity: z.string(),
  code: z.string(),
  activityId: z.string().nullish(),
  field: z.string().nullish(),
  message: z.string().nullish(),
  messageVi: z.string().nullish(),
  messageEn: z.string().nullish(),
});
export type Issue = z.infer<typeof issue>;

export const definitionSummary = z.object({
  definitionId: z.string(),
  name: z.string(),
  procedureCode: z.string().nullish(),
  latestVersion: z.number(),
  publishedVersion: z.number().nullish(),
  versions: z.array(z.number()).default([]),
});
export type DefinitionSummary = z.infer<typeof definitionSummary>;

export const definitionDetail = z.looseObject({
  definitionId: z.string(),
  name: z.string().nullish(),
  version: z.number(),
  isPublished: z.boolean().default(false),
  issues: z.array(issue).default([]),
  definition: jsonObject,
  approvalDecision: z.string().nullish(),
  approvalDate: z.string().nullish(),
  approvedBy: z.string().nullish(),
  publishedAt: z.string().nullish(),
});
export type DefinitionDetail = z.infer<typeof definitionDetail>;

export const validateResult = z.object({ valid: z.boolean(), issues: z.array(issue).default([]) });
export const importResult = z.looseObject({ definitionId: z.string(), version: z.number(), issues: z.array(issue).default([]) });
export type ImportResult = z.infer<typeof importResult>;

export const problemDetails = z.looseObject({
  title: z.string().nullish(),
  detail: z.string().nullish(),
  status: z.number().nullish(),
  /** The engine's error code (Conflict, InvalidState, NotYours…) and its own explanation of a refusal. */
  code: z.string().nullish(),
  reason: z.string().nullish(),
  errors: z.array(issue).nullish(),
  issues: z.array(issue).nullish(),
});
export type ProblemDetails = z.infer<typeof problemDetails>;
