import type { TFunction } from "i18next";
import { formatNumber } from "../diagram/format";
import { asArray, asNumber, asString, isObject, type JsonObject } from "../model/json";

export const procedureName = (p: JsonObject, fallback: string, lang: string) =>
  (lang === "en" ? asString(p.nameEn) : undefined) ?? asString(p.name) ?? fallback;

/** "Lệ phí: 8.000 đ; Phí: 0 đ" or "Không thu phí, lệ phí". */
export function feesText(p: JsonObject, t: TFunction, lang: string): string {
  const fees = asArray(p.fees).filter(isObject);
  if (fees.length === 0 || fees.every((f) => (asNumber(f.amount) ?? 0) === 0)) return t("catalogue.noFees");
  return fees.map((f) => `${asString(f.name) ?? t("catalogue.fee")}: ${formatNumber(asNumber(f.amount) ?? 0, lang, 0)} ${asString(f.currency) === "VND" || !f.currency ? "đ" : asString(f.currency)}`).join("; ");
}

export const levelText = (p: JsonObject, t: TFunction) => {
  const level = asString(p.competentLevel);
  return level ? t(`levels.${level}`) : t("catalogue.unknown");
};

export const channelsText = (p: JsonObject, t: TFunction) =>
  asArray(p.channels).map((c) => t(`channels.${String(c)}`)).join(", ") || t("catalogue.unknown");
