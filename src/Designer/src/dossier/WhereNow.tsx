import { useTranslation } from "react-i18next";
import { useDefinitions } from "../api/queries";
import { formatWorkingHours, HOURS_PER_DAY, formatNumber } from "../diagram/format";
import { chainOf, TRANSFER } from "./interconnection";
import type { Dossier, TrackingRow, UnitStay } from "./schemas";

/**
 * Hồ sơ đang ở đâu giữa các đơn vị (liên thông): the dossier's own procedure and every unit it was
 * transferred to, with the internal procedure run there, the status there, the officer holding it,
 * and the unit's working time used against its allotment; a unit over its share is shown late.
 * Only the parts the engine lets this officer see are in the detail it reads.
 */
export function WhereNow({ dossier, rows, ledger, agencyName }: {
  dossier: Dossier; rows: TrackingRow[]; ledger: UnitStay[]; agencyName: (eId: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const definitions = useDefinitions().data;
  if (!rows.some((r) => r.stepType === TRANSFER)) return null;
  const procedureName = (id: string | null | undefined) => (id ? definitions?.find((d) => d.definitionId === id)?.name ?? id : "—");
  const stops = chainOf(rows, ledger);
  const days = (hours: number) => formatNumber(hours / HOURS_PER_DAY, lang, 2);
  return (
    <section className="card where-now" aria-labelledby="where-title" data-testid="where-now">
      <h2 id="where-title">{t("chain.title")}</h2>
      <p className="hint">{t("chain.lead")}</p>
      <table className="data-table compact chain">
        <thead>
          <tr><th>{t("chain.unit")}</th><th>{t("chain.procedure")}</th><th>{t("chain.status")}</th><th>{t("chain.holder")}</th><th>{t("chain.time")}</th></tr>
        </thead>
        <tbody>
          {stops.map((s) => {
            const share = s.allottedHours > 0 ? Math.min(100, (s.usedHours / s.allottedHours) * 100) : 0;
            return (
              <tr key={s.key} data-testid="chain-stop" data-agency={s.agencyEId} data-late={s.late} className={s.late ? "late" : ""}>
                <td style={{ paddingLeft: `${8 + s.depth * 20}px` }}>
                  {s.depth > 0 && <span className="muted" aria-hidden="true">↳ </span>}
                  <strong>{agencyName(s.agencyEId)}</strong>
                  <div className="muted small">{s.depth === 0 ? t("chain.own") : t("chain.transferred", { step: s.transfer?.title ?? "" })}</div>
                </td>
                <td>{s.depth === 0 ? dossier.procedureName ?? dossier.definitionId : procedureName(s.procedureId)}</td>
                <td data-testid="chain-status">
                  {s.live
                    ? <><span className="tag tag-info">{t("chain.working")}</span> {s.live.title ?? s.live.stepType}</>
                    : s.finished
                      ? <span className="tag tag-ok">{s.outcome ? t("chain.answered", { outcome: t(`ports.${s.outcome}`, { defaultValue: s.outcome }) }) : t("chain.done")}</span>
                      : <span className="tag tag-info">{t("chain.waiting")}</span>}
                </td>
                <td data-testid="chain-holder">{s.holder ?? (s.finished ? "—" : <span className="muted">{t("chain.unclaimed")}</span>)}</td>
                <td className="chain-time">
                  <div>
                    <strong>{days(s.usedHours)}</strong> / {s.allottedHours > 0 ? formatWorkingHours(s.allottedHours, t, lang) : "—"}
                    {s.late && <span className="tag tag-bad" data-testid="chain-late"> {t("chain.late")}</span>}
                    {!s.countsTowardLimit && <span className="tag tag-muted"> {t("chain.notCounted")}</span>}
                  </div>
                  {s.allottedHours > 0 && <div className="meter" aria-hidden="true"><span className={s.late ? "over" : ""} style={{ width: `${share}%` }} /></div>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
