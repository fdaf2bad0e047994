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

/** The <count> months ("YYYY-MM") ending with <month>, oldest first. */
export function monthsEnding(month: string, count: number): string[] {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return [];
  const last = Number(match[1]) * 12 + Number(match[2]) - 1;
  return Array.from({ length: count }, (_, i) => {
    const n = last - (count - 1 - i);
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
  });
}

/**
 * Phạm vi báo cáo as the reports API takes it: the whole province, one commune or ward (by its
 * code), or one agency such as a department (by its e-ID). No kind: the officer's default scope.
 */
export type ReportScope = { kind: "" | "Province" | "Commune" | "Agency"; code: string };
export const DEFAULT_SCOPE: ReportScope = { kind: "", code: "" };

/** A scope the API can be asked for: the province, or a commune/agency with its code chosen. */
export const scopeReady = (s: ReportScope) => s.kind === "" || s.kind === "Province" || s.code !== "";

/** The report's URL for the period and scope, in JSON or as a file. */
export function reportUrl(kind: "summary" | "delays" | "apologies", period: { from: string; to: string }, scope: ReportScope = DEFAULT_SCOPE, format?: "xlsx"): string {
  const q = new URLSearchParams({ from: period.from, to: period.to });
  if (scope.kind) q.set("scope", scope.kind);
  if (scope.kind && scope.kind !== "Province") q.set("code", scope.code);
  if (format) q.set("format", format);
  return `/api/reports/${kind}?${q}`;
}
