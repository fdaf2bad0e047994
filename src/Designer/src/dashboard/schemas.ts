import { z } from "zod";

/** Số liệu giải quyết hồ sơ of a period (GET /api/reports/summary). */
export const serviceQuality = z.looseObject({
  scopeName: z.string(),
  received: z.number(),
  resolved: z.number(),
  resolvedOnTime: z.number(),
  resolvedLate: z.number(),
  pending: z.number(),
  pendingOnTime: z.number(),
  pendingOverdue: z.number(),
  onTimeRate: z.number().nullish(),
  late: z.number(),
  lateWithApology: z.number(),
  lateWithoutApology: z.number(),
  onlineShare: z.number().nullish(),
  digitisedShare: z.number().nullish(),
  onlinePaidShare: z.number().nullish(),
});
export type ServiceQuality = z.infer<typeof serviceQuality>;

/** One line of the list of units and officers who caused delays (GET /api/reports/delays). */
export const delayLine = z.looseObject({
  agencyEId: z.string(),
  agencyName: z.string(),
  unitCode: z.string(),
  officer: z.string().nullish(),
  officerName: z.string().nullish(),
  lateSteps: z.number(),
  dossiers: z.number(),
});
export const delayList = z.array(delayLine);
export type DelayLine = z.infer<typeof delayLine>;

/** One apology of the period (GET /api/reports/apologies); the dashboard counts them per agency. */
export const apologyLine = z.looseObject({
  dossierCode: z.string(),
  agencyName: z.string(),
  unitCode: z.string(),
  status: z.string(),
});
export const apologyList = z.array(apologyLine);
export type ApologyLine = z.infer<typeof apologyLine>;
