import { vietnamDayStart } from "../office/format";

/** The current month ("YYYY-MM") in Vietnam's time (UTC+7), whatever the browser's zone. */
export function currentVietnamMonth(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 7);
}

/**
 * A month ("YYYY-MM") as the half-open report period [first day, first day of next month) in Vietnam's
 * time; a month still running ends at <now>, so a dossier pending within its deadline today is not
 * counted overdue just because its appointment falls before the month's end.
 */
export function monthPeriod(month: string, now: Date): { from: string; to: string; partial: boolean } | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return undefined;
  const year = Number(match[1]);
  const m = Number(match[2]);
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, "0")}-01`;
  const from = vietnamDayStart(`${month}-01`);
  const to = vietnamDayStart(next);
  if (!from || !to) return undefined;
  const at = now.toISOString();
  const partial = from < at && at < to;
  return { from, to: partial ? at : to, partial };
}

/** The report's URL for the period, in JSON or as a file. */
export function reportUrl(kind: "summary" | "delays", period: { from: string; to: string }, format?: "xlsx"): string {
  const q = new URLSearchParams({ from: period.from, to: period.to });
  if (format) q.set("format", format);
  return `/api/reports/${kind}?${q}`;
}
