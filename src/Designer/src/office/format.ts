import type { TFunction } from "i18next";

/** Vietnam's time zone: instants are shown as the officer and the citizen read them. */
export const VIETNAM = "Asia/Ho_Chi_Minh";

const locale = (lang: string) => (lang === "en" ? "en-GB" : "vi-VN");

/** "14:30 25/07/2025" (Vietnam time); an em dash when there is none. */
export function formatInstant(value: string | null | undefined, lang: string): string {
  if (!value) return "—";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const time = new Intl.DateTimeFormat(locale(lang), { timeZone: VIETNAM, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
  return `${time} ${formatDate(value, lang)}`;
}

/** "25/07/2025" (Vietnam time). */
export function formatDate(value: string | null | undefined, lang: string): string {
  if (!value) return "—";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(lang), { timeZone: VIETNAM, day: "2-digit", month: "2-digit", year: "numeric" }).format(date);
}

/** The appointment slip's wording: "14 giờ 30 phút, ngày 25 tháng 07 năm 2025". */
export function formatSlipInstant(value: string | null | undefined, t: TFunction): string {
  if (!value) return "—";
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-GB", {
    timeZone: VIETNAM, hour: "2-digit", minute: "2-digit", day: "2-digit", month: "2-digit", year: "numeric", hourCycle: "h23",
  }).formatToParts(new Date(value)).map((p) => [p.type, p.value]));
  return t("slip.instant", { hour: parts.hour, minute: parts.minute, day: parts.day, month: parts.month, year: parts.year });
}

export function formatMoney(amount: number, lang: string): string {
  return `${new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 0 }).format(amount)} đ`;
}

/** "4 — Đang xử lý". */
export const statusText = (code: number, t: TFunction) => `${code} — ${t(`status.${code}`)}`;

/** A calendar date typed in a date field (YYYY-MM-DD) as the instant its day starts in Vietnam, optionally days later. */
export function vietnamDayStart(date: string, addDays = 0): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + addDays) - 7 * 3600_000;
  return new Date(utc).toISOString();
}
