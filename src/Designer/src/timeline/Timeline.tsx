import { useTranslation } from "react-i18next";
import type { ActivityDescriptor } from "../api/schemas";
import { formatLimit, formatNumber, HOURS_PER_DAY, limitHours } from "../diagram/format";
import { procedureOf } from "../model/document";
import type { JsonObject } from "../model/json";
import { criticalPath } from "./criticalPath";

/** The procedure's critical path of allotments as a strip against its legal time limit (red when over). */
export function Timeline({ doc, descriptors, onSelect }: {
  doc: JsonObject;
  descriptors: Map<string, ActivityDescriptor>;
  onSelect?: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const legalLimit = procedureOf(doc).legalLimit;
  const limit = limitHours(legalLimit);
  const { steps, countedHours } = criticalPath(doc, descriptors, lang);
  const total = steps.reduce((sum, s) => sum + s.hours, 0);
  const scale = Math.max(total, limit ?? 0, 1);
  const over = limit !== undefined && countedHours > limit;
  const days = (h: number) => formatNumber(h / HOURS_PER_DAY, lang);

  return (
    <section className="timeline" data-testid="timeline" aria-label={t("timeline.title")}>
      <header className="timeline-head">
        <strong>{t("timeline.title")}</strong>
        <span className={over ? "status-over" : "status-ok"} data-testid="timeline-status">
          {limit === undefined ? t("timeline.total", { total: days(countedHours) }) : t("timeline.summary", { total: days(countedHours), limit: formatLimit(legalLimit, t, lang) })}
          {" — "}
          {limit === undefined ? t("timeline.noLimit") : over ? t("timeline.over", { excess: days(countedHours - limit) }) : t("timeline.within")}
        </span>
      </header>
      {steps.length === 0 ? (
        <p className="muted">{t("timeline.empty")}</p>
      ) : (
        <div className="timeline-strip">
          {steps.map((s, i) => {
            const start = steps.slice(0, i).reduce((sum, x) => sum + (x.counts ? x.hours : 0), 0);
            const beyond = limit !== undefined && s.counts && start + s.hours > limit;
            return (
              <button
                type="button"
                key={s.id}
                className={`segment${s.counts ? "" : " excluded"}${beyond ? " beyond" : ""}`}
                style={{ flexGrow: s.hours, flexBasis: s.hours === 0 ? "6px" : 0 }}
                title={`${s.title}: ${days(s.hours)} ${t("units.daysShort")}${s.counts ? "" : ` (${t("timeline.notCounted")})`}`}
                onClick={() => onSelect?.(s.id)}
              >
                <span>{s.hours > 0 ? `${s.title} · ${days(s.hours)}` : ""}</span>
              </button>
            );
          })}
          {limit !== undefined && <div className="limit-marker" style={{ left: `${(limit / scale) * 100}%` }} title={t("timeline.limit")} />}
          {total < scale && <div className="segment-gap" style={{ flexGrow: scale - total }} />}
        </div>
      )}
    </section>
  );
}
