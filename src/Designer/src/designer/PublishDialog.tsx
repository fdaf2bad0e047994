import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";
import type { Issue } from "../api/schemas";

export interface Approval {
  decisionNumber: string;
  decisionDate: string;
  approvedBy: string;
}

/** Publishing an internal procedure records the decision that approves it (quyết định phê duyệt). */
export function PublishDialog({ version, dirty, onPublish, onClose }: {
  version: number | undefined;
  dirty: boolean;
  onPublish: (approval: Approval) => Promise<void>;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [approval, setApproval] = useState<Approval>({ decisionNumber: "", decisionDate: new Date().toISOString().slice(0, 10), approvedBy: "" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; issues: Issue[] }>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onPublish(approval);
      onClose();
    } catch (err) {
      setError({ message: err instanceof Error ? err.message : String(err), issues: err instanceof ApiError ? err.issues : [] });
    } finally {
      setBusy(false);
    }
  };
  const field = (key: keyof Approval, type = "text") => (
    <label className="field">
      <span>{t(`publish.${key}`)}</span>
      <input id={`publish-${key}`} type={type} required value={approval[key]}
        onChange={(e) => setApproval({ ...approval, [key]: e.target.value })} />
    </label>
  );
  return (
    <div className="dialog-backdrop" role="presentation">
      <form className="dialog" role="dialog" aria-modal="true" aria-labelledby="publish-title" onSubmit={submit} data-testid="publish-dialog">
        <h2 id="publish-title">{t("publish.title")}</h2>
        <p className="hint">{dirty || version === undefined ? t("publish.saveFirst") : t("publish.version", { version })}</p>
        {field("decisionNumber")}
        {field("decisionDate", "date")}
        {field("approvedBy")}
        {error && (
          <div className="issue error" role="alert">
            <strong>{error.message}</strong>
            <ul>{error.issues.map((i, n) => <li key={n}>{(i18n.language === "en" ? i.messageEn : i.messageVi) ?? i.message}</li>)}</ul>
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>{t("common.cancel")}</button>
          <button type="submit" className="primary" disabled={busy} id="publish-confirm">{dirty || version === undefined ? t("publish.saveAndPublish") : t("publish.publish")}</button>
        </div>
      </form>
    </div>
  );
}
