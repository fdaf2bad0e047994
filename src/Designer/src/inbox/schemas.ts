import { z } from "zod";
import { channelCode, instant, statusCode } from "../office/codes";

/** The inbox lists officers know (DOMAIN.md §9), in the order they are shown. */
export const INBOX_LISTS = [
  "AwaitingOnlineReceipt", "NewlyReceived", "InProcess", "InterAgency", "WaitingForFinancialObligation",
  "NearDue", "Overdue", "WaitingToReturn", "WaitingForSupplement", "Refused", "Returned", "Mine",
] as const;
export type InboxList = (typeof INBOX_LISTS)[number];

export const DUE_STATES = ["OnTime", "NearDue", "Overdue"] as const;
export type DueState = (typeof DUE_STATES)[number];

export const inboxItem = z.looseObject({
  dossierId: z.union([z.number(), z.string()]).transform(String),
  code: z.string(),
  procedureName: z.string().nullish(),
  field: z.string().nullish(),
  channel: channelCode,
  applicantName: z.string(),
  status: statusCode,
  submittedAt: z.string(),
  appointmentAt: instant,
  workingDueAt: instant,
  taskId: z.union([z.number(), z.string()]).transform(String).nullish(),
  stepTitle: z.string().nullish(),
  taskStatus: z.string().nullish(),
  holder: z.string().nullish(),
  outcomes: z.array(z.string()).default([]),
  stepDueAt: instant,
  dueState: z.string().default("OnTime"),
});
export type InboxItem = z.infer<typeof inboxItem>;

export const inboxPage = z.looseObject({
  items: z.array(inboxItem),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  counters: z.record(z.string(), z.number()).default({}),
  /** Where the returned list's default period starts; absent when it shows every returned dossier. */
  returnedSince: instant,
});
export type InboxPage = z.infer<typeof inboxPage>;
