import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DossierAction } from "./useDossier";

type Decision = "Accept" | "RequestSupplement" | "Refuse";

/** Tiếp nhận hồ sơ trực tuyến: accept, ask for supplements (every missing item at once) or refuse with reasons. */
export function ReceiptDecisionForm({ dossierId, busy, run }: { dossierId: string; busy: boolean; run: (action: DossierAction) => void }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<Decision>("Accept");
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState("");
  const ready = decision === "Accept" || (decision === "Refuse" ? !!reason.trim() : !!missing.trim());
  return (
    <div className="step-actions" data-testid="receipt-decision">
      <strong>{t("receipt.title")}</strong>
      <div className="row wrap" role="radiogroup" aria-label={t("receipt.title")}>
        {(["Accept", "RequestSupplement", "Refuse"] as Decision[]).map((d) => (
          <label key={d} className="check"><input type="radio" name="receipt" checked={decision === d} onChange={() => setDecision(d)} />{t(`receipt.${d}`)}</label>
        ))}
      </div>
      {decision === "RequestSupplement" && (
        <label className="field"><span>{t("actions.missingItems")} <span className="required">*</span></span>
          <textarea className="prose" rows={3} value={missing} onChange={(e) => setMissing(e.target.value)} />
        </label>
      )}
      {decision !== "Accept" && (
        <label className="field"><span>{t("actions.reason")} {decision === "Refuse" && <span className="required">*</span>}</span>
          <textarea className="prose" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
      )}
      <button type="button" className={decision === "Accept" ? "primary" : "accent"} disabled={busy || !ready} data-testid="receipt-submit"
        onClick={() => run({
          path: `/api/dossiers/${encodeURIComponent(dossierId)}/receipt`,
          body: { decision, reason: reason.trim() || undefined, missingItems: decision === "RequestSupplement" ? missing.trim() : undefined },
        })}>
        {t(`receipt.do${decision}`)}
      </button>
    </div>
  );
}
