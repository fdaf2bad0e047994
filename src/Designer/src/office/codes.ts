import { z } from "zod";

/** National status codes (DOMAIN.md §1): the engine sends the enum name; older answers may send the number. */
export const STATUS_CODES = {
  Registered: 1, Received: 2, NotReceived: 3, InProcess: 4, WaitingForSupplement: 5,
  WaitingForFinancialObligation: 6, Withdrawn: 7, Stopped: 8, Processed: 9, Returned: 10,
} as const;
export type StatusName = keyof typeof STATUS_CODES;

/** A status as its national code (1–10). */
export const statusCode = z.union([z.number(), z.string()]).transform((v) => {
  if (typeof v === "number") return v;
  return (STATUS_CODES as Record<string, number>)[v] ?? (Number(v) || 0);
});

const CHANNEL_CODES: Record<string, number> = { InPerson: 1, Online: 2, PublicPost: 3 };

/** A submission channel as its national code: 1 in person, 2 online, 3 public post. */
export const channelCode = z.union([z.number(), z.string()]).transform((v) => (typeof v === "number" ? v : CHANNEL_CODES[v] ?? (Number(v) || 0)));

/** Instants come as ISO 8601 text. */
export const instant = z.string().nullish();

/** The instants the law and the public look-up show for a dossier. */
export const dossierInstants = {
  submittedAt: z.string(),
  receivedAt: instant,
  appointmentAt: instant,
  workingDueAt: instant,
  finishedAt: instant,
  returnedAt: instant,
};
