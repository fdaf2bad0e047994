import { useTranslation } from "react-i18next";
import { formatInstant } from "../office/format";
import type { Dossier } from "./schemas";

/** Người nộp hồ sơ, người được ủy quyền, nội dung yêu cầu, and the instants the law counts. */
export function ApplicantSection({ dossier: d }: { dossier: Dossier }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const row = (label: string, value: string | null | undefined, testId?: string) => (
    <div><dt>{label}</dt><dd data-testid={testId}>{value || "—"}</dd></div>
  );
  return (
    <section className="card" aria-labelledby="applicant-title">
      <h2 id="applicant-title">{t("dossier.applicant")}</h2>
      <dl className="pairs">
        {row(t("dossier.applicantName"), d.applicantName, "applicant-name")}
        {row(t("dossier.idNumber"), d.applicantIdNumber)}
        {row(t("dossier.phone"), d.applicantPhone)}
        {row(t("dossier.email"), d.applicantEmail)}
        {row(t("dossier.address"), d.applicantAddress)}
        {d.proxyName && row(t("dossier.proxy"), [d.proxyName, d.proxyIdNumber, d.proxyPhone].filter(Boolean).join(" · "))}
        {row(t("dossier.request"), d.requestContent)}
      </dl>
      <h3>{t("dossier.times")}</h3>
      <dl className="pairs">
        {row(t("dossier.submittedAt"), formatInstant(d.submittedAt, lang))}
        {row(t("dossier.receivedAt"), formatInstant(d.receivedAt, lang))}
        {row(t("dossier.appointmentAt"), formatInstant(d.appointmentAt, lang), "appointment")}
        {d.workingDueAt && d.workingDueAt !== d.appointmentAt && row(t("dossier.workingDueAt"), formatInstant(d.workingDueAt, lang))}
        {row(t("dossier.finishedAt"), formatInstant(d.finishedAt, lang))}
        {row(t("dossier.returnedAt"), formatInstant(d.returnedAt, lang))}
        {d.endReason && row(t("dossier.endReason"), d.endReason)}
      </dl>
    </section>
  );
}
