import { useTranslation } from "react-i18next";
import { useRoles } from "../api/queries";
import { roleName } from "../diagram/format";
import { formatInstant } from "../office/format";
import type { TrackingRow } from "./schemas";

const RESULT_TONE: Record<string, string> = { Early: "ok", OnTime: "ok", Late: "bad", Overdue: "bad", Pending: "info", Cancelled: "muted" };

/** Phiếu kiểm soát quá trình giải quyết hồ sơ: one row per hand-over, with the result at each stage. */
export function TrackingSheet({ rows, unitName }: { rows: TrackingRow[]; unitName: (agency: string, unit: string) => string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const roles = useRoles().data;
  return (
    <section className="card" aria-labelledby="tracking-title">
      <h2 id="tracking-title">{t("tracking.title")}</h2>
      <table className="data-table compact tracking" data-testid="tracking-sheet">
        <thead>
          <tr>
            <th>#</th><th>{t("tracking.step")}</th><th>{t("tracking.unit")}</th><th>{t("tracking.given")}</th>
            <th>{t("tracking.received")}</th><th>{t("tracking.due")}</th><th>{t("tracking.completed")}</th><th>{t("tracking.result")}</th><th>{t("tracking.note")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.taskId} data-testid="tracking-row" data-result={r.result}>
              <td>{i + 1}</td>
              <td>{r.title ?? r.stepType}<div className="muted small">{roleName(r.role, roles, lang)}</div></td>
              <td>{unitName(r.agencyEId, r.unitCode)}</td>
              <td>{formatInstant(r.givenAt, lang)}{r.givenBy && <div className="muted small">{r.givenBy}</div>}</td>
              <td>{formatInstant(r.receivedAt, lang)}{r.receivedBy && <div className="muted small">{r.receivedBy}</div>}</td>
              <td>{formatInstant(r.dueAt, lang)}</td>
              <td>{formatInstant(r.completedAt, lang)}{r.outcome && <div className="muted small">{t(`ports.${r.outcome}`, { defaultValue: r.outcome })}</div>}</td>
              <td><span className={`tag tag-${RESULT_TONE[r.result] ?? "info"}`}>{t(`tracking.results.${r.result}`, { defaultValue: r.result })}</span></td>
              <td>{r.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
