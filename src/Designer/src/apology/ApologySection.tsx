import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useRoles } from "../api/queries";
import type { OfficerView } from "../auth/schemas";
import { roleName } from "../diagram/format";
import type { Dossier } from "../dossier/schemas";
import type { DossierAction } from "../dossier/useDossier";
import { formatInstant } from "../office/format";
import { ApologyForm } from "./ApologyForm";
import { isOwed, type Apology } from "./schemas";
import { letterPath } from "./useApologies";

/** Whether the officer holds the post that signs the apology (the head of the causing agency). */
export const signs = (o: OfficerView, a: Apology) =>
  o.agencyEId === a.signerAgencyEId && (o.unitCode ?? "") === a.signerUnitCode && o.roles.includes(a.signerRole);

/**
 * Văn bản xin lỗi of a dossier on its page: an owed apology says which unit caused the delay and
 * who must sign, and gives the signer the form; an issued one links to its printable letter.
 */
export function ApologySection({ apologies, dossier, officer, asOf, unitName, busy, run }: {
  apologies: Apology[]; dossier: Dossier; officer: OfficerView; asOf: string | null | undefined;
  unitName: (agency: string, unit: string) => string; busy: boolean; run: (action: DossierAction) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const roles = useRoles().data;
  if (apologies.length === 0) return null;
  const reappointed = apologies.some((a) => !isOwed(a) && !!a.newReturnAt);
  const due = dossier.workingDueAt ?? dossier.appointmentAt;
  const now = asOf ?? new Date().toISOString();
  const earliest = due && due > now ? due : now;
  return (
    <section className="card apology-card" aria-labelledby="apology-title" data-testid="apologies-section">
      <h2 id="apology-title">{t("apology.title")}</h2>
      {apologies.map((a) => (
        <div key={a.id} className={`apology-item ${isOwed(a) ? "owed" : "issued"}`} data-testid="apology-item" data-status={a.status}>
          {isOwed(a) ? (
            <p className="warning" data-testid="apology-owed">
              {t("apology.owedBy", { unit: unitName(a.agencyEId, a.unitCode), at: formatInstant(a.owedAt, lang) })}{" "}
              {t("apology.waitingFor", { role: roleName(a.signerRole, roles, lang) ?? a.signerRole, agency: unitName(a.signerAgencyEId, a.signerUnitCode) })}
            </p>
          ) : (
            <p data-testid="apology-issued">
              <span className="pill ok">{t("apology.issued")}</span>{" "}
              {t("apology.issuedLine", { number: a.number ?? "—", at: formatInstant(a.issuedAt, lang), by: a.issuedByName ?? "" })}
              {a.newReturnAt && <> · {t("apology.newDate")}: <strong data-testid="apology-new-date">{formatInstant(a.newReturnAt, lang)}</strong></>}
              {a.reason && <span className="muted"> · {a.reason}</span>}
            </p>
          )}
          <Link className="button-link" to={letterPath(dossier.id, a.id)} data-testid="apology-letter-link">
            {isOwed(a) ? t("apology.draft") : t("apology.print")}
          </Link>
          {isOwed(a) && signs(officer, a) && (
            <ApologyForm apology={a} dossierId={dossier.id} officer={officer} reappointed={reappointed} earliest={earliest} busy={busy} run={run} />
          )}
        </div>
      ))}
    </section>
  );
}
