import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { DefinitionSummary } from "../api/schemas";
import { useSession } from "../auth/session";
import type { DocHistory } from "./useHistory";

/** Document actions: new, undo/redo, layout, import/export, versions, save, publish. */
export function Toolbar(props: {
  history: DocHistory;
  title: string;
  summary: DefinitionSummary | undefined;
  version: number | undefined;
  isPublished: boolean;
  saving: boolean;
  notice: string | undefined;
  onNew: () => void;
  onLayout: () => void;
  onImport: (file: File) => void;
  onExport: () => void;
  onSave: () => void;
  onPublish: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const file = useRef<HTMLInputElement>(null);
  const { history, summary } = props;
  const designer = useSession().data;
  return (
    <div className="toolbar" role="toolbar" aria-label={t("toolbar.label")}>
      <div className="toolbar-title">
        <h1>{props.title}</h1>
        <span className="muted">
          {props.version === undefined ? t("toolbar.unsavedNew") : t("toolbar.version", { version: props.version })}
          {props.isPublished && <span className="pill ok">{t("toolbar.published")}</span>}
          {history.dirty && <span className="pill warn" data-testid="dirty">{t("toolbar.unsaved")}</span>}
        </span>
        {designer && <span className="muted designer-officer" data-testid="designer-officer">{t("toolbar.designedBy", { name: designer.fullName })}</span>}
      </div>
      <div className="toolbar-actions">
        <button type="button" onClick={props.onNew}>{t("toolbar.new")}</button>
        <button type="button" onClick={history.undo} disabled={!history.canUndo} title="Ctrl+Z" aria-label={t("toolbar.undo")}>↶ {t("toolbar.undo")}</button>
        <button type="button" onClick={history.redo} disabled={!history.canRedo} title="Ctrl+Y" aria-label={t("toolbar.redo")}>↷ {t("toolbar.redo")}</button>
        <button type="button" onClick={props.onLayout}>{t("toolbar.layout")}</button>
        <button type="button" onClick={() => file.current?.click()}>{t("toolbar.import")}</button>
        <input ref={file} type="file" accept=".json,application/json" hidden data-testid="import-file"
          onChange={(e) => { const f = e.target.files?.[0]; if (f) props.onImport(f); e.target.value = ""; }} />
        <button type="button" onClick={props.onExport}>{t("toolbar.export")}</button>
        {summary && summary.versions.length > 0 && (
          <select aria-label={t("toolbar.versions")} value={props.version ?? ""} data-testid="versions"
            onChange={(e) => navigate(`/designer/${encodeURIComponent(summary.definitionId)}?version=${e.target.value}`)}>
            {[...summary.versions].sort((a, b) => b - a).map((v) => (
              <option key={v} value={v}>
                {t("toolbar.version", { version: v })}{v === summary.publishedVersion ? ` — ${t("toolbar.published")}` : ""}
              </option>
            ))}
          </select>
        )}
        <button type="button" className="primary" onClick={props.onSave} disabled={props.saving || (!history.dirty && props.version !== undefined)}>
          {props.saving ? t("toolbar.saving") : t("toolbar.save")}
        </button>
        <button type="button" className="accent" onClick={props.onPublish} disabled={props.isPublished && !history.dirty}>{t("toolbar.publish")}</button>
      </div>
      {props.notice && <div className="notice" role="status" data-testid="notice">{props.notice}</div>}
    </div>
  );
}
