import { z } from "zod";
import { instant } from "../office/codes";

const id = z.union([z.number(), z.string()]).transform(String);

/**
 * Văn bản xin lỗi và hẹn lại ngày trả kết quả as the engine keeps it: owed by the unit that caused
 * the delay, signed by the head of its agency (the signer post), then issued with a number.
 */
export const apology = z.looseObject({
  id,
  dossierId: id,
  trigger: z.string().nullish(),
  status: z.string(),
  owedAt: z.string(),
  lateTaskId: id.nullish(),
  agencyEId: z.string(),
  unitCode: z.string(),
  signerAgencyEId: z.string(),
  signerUnitCode: z.string(),
  signerRole: z.string(),
  originalAppointmentAt: instant,
  number: z.string().nullish(),
  reason: z.string().nullish(),
  newReturnAt: instant,
  explanation: z.string().nullish(),
  issuedAt: instant,
  issuedByName: z.string().nullish(),
});
export type Apology = z.infer<typeof apology>;

export const isOwed = (a: Apology) => a.status === "Owed";

/** The letter's fields (form, issuing body, number, place and date, addressee, dates, reason, signer). */
export const apologyLetter = z.looseObject({
  form: z.string(),
  issuingBody: z.string(),
  number: z.string().nullish(),
  place: z.string().nullish(),
  issuedAt: instant,
  addressee: z.string(),
  receivedAt: instant,
  receivingBody: z.string(),
  procedureName: z.string().nullish(),
  applicantName: z.string(),
  applicantIdNumber: z.string(),
  dossierCode: z.string(),
  originalAppointmentAt: instant,
  reason: z.string().nullish(),
  newReturnAt: instant,
  signerTitle: z.string(),
  signerName: z.string().nullish(),
  status: z.string(),
});
export type ApologyLetter = z.infer<typeof apologyLetter>;
