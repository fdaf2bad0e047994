import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getJson } from "../api/client";
import { vietnamDayStart } from "../office/format";
import { inboxPage, type InboxList } from "./schemas";

/** The filters of an inbox view, as they stand in the page's address. */
export interface InboxFilters {
  list: InboxList;
  definitionId: string;
  channel: string;
  from: string;
  to: string;
  due: string;
  q: string;
  /** Đã trả kết quả: "" for the engine's default period, "0" for every returned dossier. */
  returnedDays: string;
  page: number;
}

/** The returned list's default reach in days, as the engine applies it (InboxQuery.DefaultReturnedDays). */
export const RETURNED_DAYS = 30;

export const PAGE_SIZE = 20;

/** The query string the engine's GET /api/inbox reads; dates are whole days in Vietnam, "to" inclusive. */
export function inboxQuery(f: InboxFilters): string {
  const p = new URLSearchParams({ list: f.list, page: String(f.page), pageSize: String(PAGE_SIZE) });
  if (f.definitionId) p.set("definitionId", f.definitionId);
  if (f.channel) p.set("channel", f.channel);
  const from = f.from ? vietnamDayStart(f.from) : undefined;
  const to = f.to ? vietnamDayStart(f.to, 1) : undefined;
  if (from) p.set("from", from);
  if (to) p.set("to", to);
  if (f.due) p.set("due", f.due);
  if (f.q.trim()) p.set("q", f.q.trim());
  if (f.returnedDays) p.set("returnedDays", f.returnedDays);
  return p.toString();
}

export const useInbox = (filters: InboxFilters) =>
  useQuery({
    queryKey: ["inbox", filters],
    queryFn: () => getJson(`/api/inbox?${inboxQuery(filters)}`, inboxPage),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
