import { vietnamDayStart } from "../office/format";

/** The current month ("YYYY-MM") in Vietnam's time (UTC+7), whatever the browser's zone. */
export function currentVietnamMonth(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 7);
}

/** A month ("YYYY-MM") as the half-open report period [first day, first day of next month) in Vietnam's time. */
export function monthPeriod(month: string): { from: string; to: string } | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return undefined;
  const year = Number(match[1]);
  const m = Number(match[2]);
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, "0")}-01`;
  const from = vietnamDayStart(`${month}-01`);
  const to = vietnamDayStart(next);
  return from && to ? { from, to } : undefined;
}

/** The report's URL for the period, in JSON or as a file. */
export function reportUrl(kind: "summary" | "delays", period: { from: string; to: string }, format?: "xlsx"): string {
  const q = new URLSearchParams({ from: period.from, to: period.to });
  if (format) q.set("format", format);
  return `/api/reports/${kind}?${q}`;
}
