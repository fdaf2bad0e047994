import { useTranslation } from "react-i18next";
import { formatInstant, formatMoney } from "../office/format";
import type { DossierDetail } from "./schemas";

/** Thành phần hồ sơ (digitised, reused), phí và lệ phí, and the supplement requests (phiếu yêu cầu bổ sung). */
export function DocumentsSection({ detail }: { detail: DossierDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const yes = (flag: boolean) => (flag ? <span className="pill ok">✓ {t("common.yes")}</span> : <span className="muted">{t("common.no")}</span>);
  const total = detail.fees.reduce((sum, f) => sum + f.amountVnd, 0);
  return (
    <section className="card" aria-labelledby="documents-title">
      <h2 id="documents-title">{t("dossier.documents")} <span className="muted">({t("dossier.sets", { count: detail.dossier.setsReceived })})</span></h2>
      {detail.documents.length === 0 ? <p className="muted">{t("dossier.noDocuments")}</p> : (
        <table className="data-table compact" data-testid="documents">
          <thead><tr><th>#</th><th>{t("dossier.documentName")}</th><th>{t("dossier.digitised")}</th><th>{t("dossier.reused")}</th></tr></thead>
          <tbody>
            {detail.documents.map((doc, i) => (
              <tr key={doc.id}>
                <td>{i + 1}</td><td>{doc.name}</td><td>{yes(doc.digitised)}</td>
                <td>{yes(doc.reused)}{doc.reusedFrom && <div className="muted small">{doc.reusedFrom}</div>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t("dossier.fees")}</h3>
      {detail.fees.length === 0 || total === 0 ? <p className="muted">{t("catalogue.noFees")}{detail.dossier.paidOnline ? ` · ${t("dossier.paidOnline")}` : ""}</p> : (
        <ul className="plain">
          {detail.fees.map((f) => <li key={f.id}>{f.name}: <strong>{formatMoney(f.amountVnd, lang)}</strong></li>)}
          {detail.dossier.paidOnline && <li className="pill ok">{t("dossier.paidOnline")}</li>}
        </ul>
      )}
      {detail.supplements.length > 0 && <>
        <h3>{t("dossier.supplements")}</h3>
        <ul className="plain" data-testid="supplements">
          {detail.supplements.map((s) => (
            <li key={s.id} className="supplement">
              <div><strong>{formatInstant(s.requestedAt, lang)}</strong> · {s.atReceipt ? t("dossier.atReceipt") : t("dossier.duringProcessing")} · {s.requestedBy}</div>
              <div>{s.items}</div>
              {s.reason && <div className="muted">{s.reason}</div>}
              <div className="muted small">{s.suppliedAt ? t("dossier.supplied", { at: formatInstant(s.suppliedAt, lang) }) : t("dossier.notSupplied")}</div>
            </li>
          ))}
        </ul>
      </>}
    </section>
  );
}
