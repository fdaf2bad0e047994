import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OfficerView } from "../auth/schemas";
import { ReassignForm } from "./ReassignForm";
import type { TrackingRow } from "./schemas";
import { SEND_BACK_OUTCOMES } from "./stepOutcomes";
import { describeError } from "../api/client";
import { isConflict, type DossierAction } from "./useDossier";

type Mode = "complete" | "sendBack" | "supplement" | "reassign";

/**
 * What the officer can do on a live step of theirs: take it (nhận xử lý), finish it with one of
 * its outcomes and a comment, send it back with a reason, ask the citizen for supplements, or
 * hand it to a colleague.
 */
export function StepActions({ row, outcomes, officer, busy, run, error, notice, byPost }: {
  row: TrackingRow; outcomes: string[]; officer: OfficerView; busy: boolean; run: (action: DossierAction) => void;
  /** The citizen chose to receive the result by post: the return step names the item's tracking number. */
  byPost?: boolean;
  /** The engine's refusal of the last action on this step, shown beside its buttons. */
  error?: unknown;
  /** Why the step may be refused before it is tried (an apology still owed before the return). */
  notice?: string;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>("complete");
  const [comment, setComment] = useState("");
  const [reason, setReason] = useState("");
  const [items, setItems] = useState("");
  const [postal, setPostal] = useState("");
  const task = `/api/tasks/${encodeURIComponent(row.taskId)}`;
  const takenBy = row.receivedBy;
  const mine = !takenBy || takenBy === officer.fullName || takenBy === officer.userName;
  const forward = outcomes.filter((o) => !SEND_BACK_OUTCOMES.has(o));
  const canSendBack = outcomes.some((o) => SEND_BACK_OUTCOMES.has(o));
  const isProcessingStep = row.stepType.endsWith("OfficerStep");
  const isReturn = row.stepType.endsWith("ReturnResult");

  if (!mine) return <p className="muted" data-testid="taken-by">{t("actions.takenBy", { name: takenBy })}</p>;
  const tabs: Mode[] = ["complete", ...(canSendBack ? (["sendBack"] as Mode[]) : []), ...(isProcessingStep ? (["supplement"] as Mode[]) : []), "reassign"];

  return (
    <div className="step-actions" data-testid="step-actions" data-task={row.taskId}>
      <div className="step-actions-head">
        <strong>{row.title ?? row.stepType}</strong>
        {!takenBy && <button type="button" disabled={busy} data-testid="claim" onClick={() => run({ path: `${task}/claim` })}>{t("actions.claim")}</button>}
      </div>
      <div className="tabs" role="tablist">
        {tabs.map((m) => (
          <button key={m} type="button" role="tab" aria-selected={mode === m} className={mode === m ? "active" : ""} onClick={() => setMode(m)}>{t(`actions.modes.${m}`)}</button>
        ))}
      </div>
      {mode === "complete" && (
        <div className="action-block">
          <label className="field">
            <span>{t("actions.comment")}</span>
            <textarea className="prose" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} data-testid="comment" />
          </label>
          {isReturn && byPost && (
            <label className="field"><span>{t("actions.postalTracking")} <span className="required">*</span></span>
              <input value={postal} onChange={(e) => setPostal(e.target.value)} data-testid="postal-tracking" placeholder="EE123456789VN" />
              <small className="hint">{t("actions.postalHint")}</small>
            </label>
          )}
          {notice && <p className="warning" data-testid="step-notice">{notice}</p>}
          <div className="row wrap">
            {forward.length === 0 && <span className="muted">{t("actions.noOutcomes")}</span>}
            {forward.map((o) => (
              <button key={o} type="button" className="primary" disabled={busy || (isReturn && !!byPost && !postal.trim())} data-testid={`outcome-${o}`}
                onClick={() => run({ path: `${task}/complete`, body: { outcome: o, comment: comment.trim() || undefined, postalTracking: isReturn && byPost ? postal.trim() : undefined } })}>
                {isReturn && o === "Done" ? t(byPost ? "actions.markPosted" : "actions.markReturned") : t(`ports.${o}`, { defaultValue: o })}
              </button>
            ))}
          </div>
        </div>
      )}
      {mode === "sendBack" && (
        <div className="action-block">
          <label className="field"><span>{t("actions.reason")} <span className="required">*</span></span>
            <textarea className="prose" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="send-back-reason" />
          </label>
          <button type="button" className="accent" disabled={busy || !reason.trim()} onClick={() => run({ path: `${task}/send-back`, body: { reason: reason.trim() } })}>{t("actions.sendBack")}</button>
        </div>
      )}
      {mode === "supplement" && (
        <div className="action-block">
          <label className="field"><span>{t("actions.missingItems")} <span className="required">*</span></span>
            <textarea className="prose" rows={3} value={items} onChange={(e) => setItems(e.target.value)} />
          </label>
          <label className="field"><span>{t("actions.reason")}</span>
            <textarea className="prose" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <p className="hint">{t("actions.supplementOnce")}</p>
          <button type="button" className="accent" disabled={busy || !items.trim()}
            onClick={() => run({ path: `${task}/supplement-request`, body: { items: items.trim(), reason: reason.trim() || undefined } })}>{t("actions.requestSupplement")}</button>
        </div>
      )}
      {mode === "reassign" && <ReassignForm row={row} self={officer.userName} busy={busy} onReassign={(to) => run({ path: `${task}/reassign`, body: { toUserName: to } })} />}
      {!!error && <p className="error-text refusal" role="alert" data-testid="action-error">{isConflict(error) ? `${t("actions.conflict")} ${describeError(error)}` : describeError(error)}</p>}
    </div>
  );
}
