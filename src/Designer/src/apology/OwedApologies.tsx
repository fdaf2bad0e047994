import { useQueries } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { describeError, getVersioned } from "../api/client";
import { dossierDetail } from "../dossier/schemas";
import { dossierKey } from "../dossier/useDossier";
import { formatInstant } from "../office/format";
import { useUnitNames } from "../office/useUnitNames";
import { useOwedApologies } from "./useApologies";

/**
 * Văn bản xin lỗi chờ ký (cần xin lỗi): the late dossiers whose apology this officer's post must
 * sign, oldest first, each with its dossier, the unit that caused the delay and the appointment missed.
 */
export function OwedApologies() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const owed = useOwedApologies();
  const items = owed.data ?? [];
  const dossiers = useQueries({
    queries: items.map((a) => ({
      queryKey: dossierKey(a.dossierId),
      queryFn: () => getVersioned(`/api/dossiers/${encodeURIComponent(a.dossierId)}`, dossierDetail),
      retry: false,
    })),
  });
  const { unitName } = useUnitNames(items.map((a) => a.agencyEId));
  return (
    <>
      <h1 id="inbox-title">{t("apology.owedList")} {owed.data && <span className="muted">({items.length})</span>}</h1>
      <p className="hint">{t("apology.owedLead")}</p>
      {owed.error && <p className="error-text">{describeError(owed.error)}</p>}
      {owed.isPending && <p className="muted">{t("common.loading")}</p>}
      {owed.data && items.length === 0 && <p className="empty" data-testid="owed-empty">{t("apology.noneOwed")}</p>}
      {items.length > 0 && (
        <table className="data-table inbox-table" data-testid="owed-apologies">
          <thead>
            <tr><th>{t("inbox.col.code")}</th><th>{t("inbox.col.procedure")}</th><th>{t("inbox.col.applicant")}</th>
              <th>{t("apology.lateUnit")}</th><th>{t("apology.owedSince")}</th><th>{t("apologies.originalAppointmentAt")}</th></tr>
          </thead>
          <tbody>
            {items.map((a, i) => {
              const d = dossiers[i]?.data?.data.dossier;
              return (
                <tr key={a.id} className="row-Overdue" data-testid="owed-row" data-code={d?.code}>
                  <td><Link to={`/dossiers/${a.dossierId}`}><code>{d?.code ?? `#${a.dossierId}`}</code></Link></td>
                  <td>{d?.procedureName ?? "…"}</td>
                  <td>{d?.applicantName ?? "…"}</td>
                  <td>{unitName(a.agencyEId, a.unitCode)}</td>
                  <td>{formatInstant(a.owedAt, lang)}</td>
                  <td><span className="due due-overdue"><span className="due-dot" aria-hidden="true" />{formatInstant(a.originalAppointmentAt, lang)}</span></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
