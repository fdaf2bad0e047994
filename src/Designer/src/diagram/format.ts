import type { TFunction } from "i18next";
import type { Role } from "../api/schemas";
import { asString, isObject, type Json } from "../model/json";

/** Working hours per working day (1 ngày làm việc = 8 giờ). */
export const HOURS_PER_DAY = 8;

export function formatNumber(value: number, lang: string, digits = 3): string {
  return new Intl.NumberFormat(lang === "en" ? "en-GB" : "vi-VN", { maximumFractionDigits: digits }).format(value);
}

/** "0,5 ngày (4 giờ)" — working hours shown as working days, with the hours when not whole days. */
export function formatWorkingHours(hours: number, t: TFunction, lang: string): string {
  const days = hours / HOURS_PER_DAY;
  const dayText = t("units.days", { count: days, value: formatNumber(days, lang) });
  return Number.isInteger(days) ? dayText : `${dayText} (${t("units.hours", { count: hours, value: formatNumber(hours, lang) })})`;
}

export function roleName(code: string | undefined, roles: Role[] | undefined, lang: string): string | undefined {
  if (!code) return undefined;
  const role = roles?.find((r) => r.code === code);
  return role ? (lang === "en" ? role.nameEn ?? role.name : role.name) : code;
}

/** "Nơi tiếp nhận", "Cơ quan có thẩm quyền", "Thuế (ngành dọc)", "000.00.12.H56"… */
export function unitRuleText(rule: Json | undefined, t: TFunction): string | undefined {
  if (!isObject(rule)) return undefined;
  const kind = asString(rule.kind);
  if (!kind) return undefined;
  if (kind === "Fixed") return `${t("unitRule.kinds.Fixed")}: ${asString(rule.agency) ?? "?"}`;
  if (kind === "Vertical") return `${t("unitRule.kinds.Vertical")}: ${t(`unitRule.networks.${asString(rule.agencyKind) ?? "Tax"}`)}`;
  return t(`unitRule.kinds.${kind}`);
}

/** The legal time limit in working hours, for comparing allotments (calendar days counted as 8 h each). */
export function limitHours(limit: Json | undefined): number | undefined {
  if (!isObject(limit)) return undefined;
  const value = typeof limit.value === "number" ? limit.value : Number(limit.value);
  const unit = asString(limit.unit) ?? "WorkingDays";
  if (unit === "SameDay") return HOURS_PER_DAY;
  if (!Number.isFinite(value)) return undefined;
  return unit === "WorkingHours" ? value : value * HOURS_PER_DAY;
}

export function formatLimit(limit: Json | undefined, t: TFunction, lang: string): string {
  if (!isObject(limit)) return t("procedure.noLimit");
  const unit = asString(limit.unit) ?? "WorkingDays";
  if (unit === "SameDay") return t("limitUnits.SameDay");
  const value = typeof limit.value === "number" ? limit.value : Number(limit.value);
  return `${formatNumber(value, lang)} ${t(`limitUnits.${unit}`, { count: value })}`;
}
