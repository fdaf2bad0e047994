import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { describeError } from "../api/client";
import { useDefinition } from "../api/queries";
import { formatLimit } from "../diagram/format";
import { useDossier } from "../dossier/useDossier";
import { procedureOf } from "../model/document";
import { formatSlipInstant } from "../office/format";
import { useUnitNames } from "../office/useUnitNames";

/**
 * Giấy tiếp nhận hồ sơ và hẹn trả kết quả — the appointment slip the desk hands the applicant,
 * with the fields the form requires (DOMAIN.md §1); printable on A4 (print CSS hides the app).
 */
export function AppointmentSlip() {
  const { t, i18n } = useTranslation();
  const { dossierId = "" } = useParams();
  const query = useDossier(dossierId);
  const detail = query.data?.data;
  const d = detail?.dossier;
  const procedure = useDefinition(d?.definitionId, d?.definitionVersion ?? undefined).data?.definition;
  const { agencyName } = useUnitNames(d ? [d.receivingAgencyEId, d.competentAgencyEId] : []);
  if (query.error) return <main className="page"><p className="error-text">{describeError(query.error)}</p></main>;
  if (!detail || !d) return <main className="page"><p className="muted">{t("common.loading")}</p></main>;
  const receiving = agencyName(d.receivingAgencyEId);
  const limit = procedure ? formatLimit(procedureOf(procedure).legalLimit, t, i18n.language) : "…";
  const submitted = detail.documents.filter((doc) => doc.kind !== "Result" && doc.kind !== 2);

  return (
    <main className="page slip-page">
      <div className="no-print slip-tools">
        <Link to={`/dossiers/${d.id}`}>← {t("slip.back")}</Link>
        <button type="button" className="primary" onClick={() => window.print()}>{t("slip.print")}</button>
        <Link to="/desk">{t("slip.next")}</Link>
      </div>
      <article className="slip" data-testid="slip">
        <header className="slip-head">
          <div className="slip-issuer">
            <div className="upper">{receiving}</div>
            <div>{t("slip.number")}: {d.code}</div>
          </div>
          <div className="slip-motto">
            <div className="upper strong">Cộng hòa xã hội chủ nghĩa Việt Nam</div>
            <div className="strong underline">Độc lập - Tự do - Hạnh phúc</div>
          </div>
        </header>
        <h1 className="slip-title">{t("slip.title")}</h1>
        <p className="center">{t("slip.code")}: <strong data-testid="slip-code">{d.code}</strong></p>
        <p>{t("slip.receivingUnit", { unit: receiving })}</p>
        <p>{t("slip.received", { name: d.applicantName })}</p>
        <ul className="slip-lines">
          <li>{t("dossier.idNumber")}: {d.applicantIdNumber}</li>
          <li>{t("dossier.address")}: {d.applicantAddress ?? "…"}</li>
          <li>{t("dossier.phone")}: {d.applicantPhone ?? "…"} · {t("dossier.email")}: {d.applicantEmail ?? "…"}</li>
          {d.proxyName && <li>{t("dossier.proxy")}: {[d.proxyName, d.proxyIdNumber, d.proxyPhone].filter(Boolean).join(" · ")}</li>}
          <li>{t("slip.request")}: {d.requestContent ?? d.procedureName}</li>
        </ul>
        <p>{t("slip.documents")}</p>
        <ol className="slip-documents">{submitted.map((doc) => <li key={doc.id}>{doc.name}</li>)}</ol>
        <ul className="slip-lines">
          <li>{t("slip.sets", { count: d.setsReceived })}</li>
          <li>{t("slip.limit")}: {limit}</li>
          <li>{t("slip.receivedAt")}: <strong>{formatSlipInstant(d.receivedAt, t)}</strong></li>
          <li>{t("slip.returnAt")}: <strong data-testid="slip-return">{formatSlipInstant(d.workingDueAt ?? d.appointmentAt, t)}</strong></li>
          <li>{t("slip.where")}: {d.resultDelivery === "ByPost" ? t("delivery.ByPost") : d.resultDelivery === "Electronic" ? t("delivery.Electronic") : `${t("delivery.AtDesk")} — ${receiving}`}</li>
          <li>{t("slip.logbook", { code: d.code })}</li>
        </ul>
        <footer className="slip-signatures">
          <div><strong>{t("slip.applicantSigns")}</strong><div className="muted small">{t("slip.signHint")}</div><div className="sign-space" />{d.proxyName ?? d.applicantName}</div>
          <div><strong>{t("slip.receiverSigns")}</strong><div className="muted small">{t("slip.signHint")}</div><div className="sign-space" />{d.receivedByName ?? d.receivedBy ?? ""}</div>
        </footer>
      </article>
    </main>
  );
}
