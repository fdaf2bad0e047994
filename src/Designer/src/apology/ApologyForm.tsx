import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useRoles } from "../api/queries";
import type { OfficerView } from "../auth/schemas";
import type { DossierAction } from "../dossier/useDossier";
import { roleName as roleNameOf } from "../diagram/format";
import { formatInstant } from "../office/format";
import type { Apology } from "./schemas";
import { WorkingDayPicker } from "./WorkingDayPicker";
import { vietnamDay, vietnamInstant } from "./workingDays";

/**
 * Ký văn bản xin lỗi và hẹn lại ngày trả kết quả: the head of the unit that caused the delay gives
 * the reason, the new return date (once only: none when the dossier was already re-appointed)
 * and the explanation report (báo cáo giải trình), and signs it.
 */
export function ApologyForm({ apology, dossierId, officer, reappointed, earliest, busy, run }: {
  apology: Apology; dossierId: string; officer: OfficerView; reappointed: boolean; earliest: string;
  busy: boolean; run: (action: DossierAction) => void;
}) {
  const { t, i18n } = useTranslation();
  const roles = useRoles().data;
  const [reason, setReason] = useState("");
  const [explanation, setExplanation] = useState("");
  const [day, setDay] = useState("");
  const [time, setTime] = useState("16:00");
  const after = vietnamDay(earliest);
  const ready = !!reason.trim() && !!explanation.trim() && (reappointed || (!!day && day > after && !!time));
  const roleName = roleNameOf(apology.signerRole, roles, i18n.language) ?? apology.signerRole;
  return (
    <form className="step-actions apology-form" data-testid="apology-form" onSubmit={(e) => {
      e.preventDefault();
      if (!ready) return;
      run({
        path: `/api/dossiers/${encodeURIComponent(dossierId)}/apologies/${encodeURIComponent(apology.id)}/issue`,
        body: { reason: reason.trim(), explanation: explanation.trim(), newReturnAt: reappointed ? undefined : vietnamInstant(day, time) },
      });
    }}>
      <strong>{t("apology.formTitle")}</strong>
      <p className="muted small">{t("apology.original", { at: formatInstant(apology.originalAppointmentAt, i18n.language) })}</p>
      <label className="field"><span>{t("apology.reason")} <span className="required">*</span></span>
        <textarea className="prose" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="apology-reason" />
      </label>
      {reappointed
        ? <p className="warning" data-testid="no-second-date">{t("apology.noSecondDate")}</p>
        : <WorkingDayPicker value={day} onChange={setDay} after={after} time={time} onTime={setTime} />}
      <label className="field"><span>{t("apology.explanation")} <span className="required">*</span></span>
        <textarea className="prose" rows={3} value={explanation} onChange={(e) => setExplanation(e.target.value)} data-testid="apology-explanation" />
      </label>
      <p className="signer" data-testid="apology-signer">{t("apology.signer")}: <strong>{officer.fullName}</strong> — {roleName}, {officer.agencyName}</p>
      <button type="submit" className="primary" disabled={busy || !ready} data-testid="apology-issue">{t("apology.issue")}</button>
    </form>
  );
}
