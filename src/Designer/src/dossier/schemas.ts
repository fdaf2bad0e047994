import { z } from "zod";
import { apology } from "../apology/schemas";
import { channelCode, dossierInstants, instant, statusCode } from "../office/codes";

const id = z.union([z.number(), z.string()]).transform(String);

/** Hồ sơ as the officer's detail view reads it. */
export const dossier = z.looseObject({
  id,
  code: z.string(),
  definitionId: z.string(),
  definitionVersion: z.number().nullish(),
  procedureCode: z.string().nullish(),
  procedureName: z.string().nullish(),
  field: z.string().nullish(),
  status: statusCode,
  subState: z.string().nullish(),
  channel: channelCode,
  applicantName: z.string(),
  applicantIdNumber: z.string(),
  applicantPhone: z.string().nullish(),
  applicantEmail: z.string().nullish(),
  applicantAddress: z.string().nullish(),
  proxyName: z.string().nullish(),
  proxyIdNumber: z.string().nullish(),
  proxyPhone: z.string().nullish(),
  requestContent: z.string().nullish(),
  receivingAgencyEId: z.string(),
  competentAgencyEId: z.string(),
  ...dossierInstants,
  endedAt: instant,
  endReason: z.string().nullish(),
  receivedBy: z.string().nullish(),
  receivedByName: z.string().nullish(),
  setsReceived: z.number().default(1),
  resultDelivery: z.union([z.string(), z.number()]).nullish(),
  paidOnline: z.boolean().default(false),
  supplementCount: z.number().default(0),
  version: z.number().default(0),
});
export type Dossier = z.infer<typeof dossier>;

/** Thành phần hồ sơ: digitised (số hóa) and reused (tái sử dụng) flags count in the 766 index. */
export const dossierDocument = z.looseObject({
  id,
  kind: z.union([z.string(), z.number()]).nullish(),
  name: z.string(),
  digitised: z.boolean().default(false),
  reused: z.boolean().default(false),
  reusedFrom: z.string().nullish(),
});

export const dossierFee = z.looseObject({ id, name: z.string(), amountVnd: z.number().default(0) });

/** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
export const supplementRequest = z.looseObject({
  id,
  requestedAt: z.string(),
  requestedBy: z.string(),
  atReceipt: z.boolean().default(false),
  items: z.string(),
  reason: z.string().nullish(),
  suppliedAt: instant,
  previousAppointmentAt: instant,
  newAppointmentAt: instant,
});

/** One row of the tracking sheet (phiếu kiểm soát quá trình giải quyết hồ sơ). */
export const trackingRow = z.looseObject({
  taskId: id,
  title: z.string().nullish(),
  stepType: z.string(),
  agencyEId: z.string(),
  unitCode: z.string(),
  role: z.string(),
  givenBy: z.string().nullish(),
  givenAt: z.string(),
  receivedBy: z.string().nullish(),
  receivedAt: instant,
  dueAt: instant,
  completedAt: instant,
  outcome: z.string().nullish(),
  result: z.string(),
  note: z.string().nullish(),
  /** The step's outcomes, when the server lists them; otherwise they are read from the definition. */
  outcomes: z.array(z.string()).nullish(),
  assignedTo: z.string().nullish(),
  /** Liên thông: the transfer a receiving unit's internal step belongs to, and the internal procedure a transfer started. */
  parentTaskId: id.nullish(),
  childDefinitionId: z.string().nullish(),
});
export type TrackingRow = z.infer<typeof trackingRow>;

/** One unit's stay with the dossier (per-unit time ledger): working hours used against its allotment. */
export const unitStay = z.looseObject({
  taskId: id,
  agencyEId: z.string(),
  unitCode: z.string(),
  title: z.string().nullish(),
  enteredAt: z.string(),
  leftAt: instant,
  allottedHours: z.number().default(0),
  usedHours: z.number().default(0),
  countsTowardLimit: z.boolean().default(true),
  late: z.boolean().default(false),
});
export type UnitStay = z.infer<typeof unitStay>;

export const dossierDetail = z.looseObject({
  dossier,
  documents: z.array(dossierDocument).default([]),
  fees: z.array(dossierFee).default([]),
  supplements: z.array(supplementRequest).default([]),
  trackingSheet: z.array(trackingRow).default([]),
  apologies: z.array(apology).default([]),
  ledger: z.array(unitStay).default([]),
  /** The engine's clock when the detail was read. */
  asOf: instant,
});
export type DossierDetail = z.infer<typeof dossierDetail>;

/** What a desk submission answers: the new dossier and the steps it opened. */
export const dossierSummary = z.looseObject({
  id,
  code: z.string(),
  status: statusCode,
  subState: z.string().nullish(),
  version: z.number().default(0),
  activeTasks: z.array(z.unknown()).default([]),
});

export const officerPick = z.looseObject({
  userName: z.string(),
  fullName: z.string(),
  unitCode: z.string().nullish(),
  unitName: z.string().nullish(),
  roles: z.array(z.string()).default([]),
});
export type OfficerPick = z.infer<typeof officerPick>;
