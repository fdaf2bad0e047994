import type { ComponentType } from "react";
import { useTranslation } from "react-i18next";
import type { ActivityDescriptor, Issue } from "../api/schemas";
import { updateActivity } from "../model/edits";
import { withKey, type JsonObject } from "../model/json";
import { CommitInput } from "./editors/CommitInput";
import { CasesEditor, ExpressionEditor, JsonEditor, SelectEditor } from "./editors/ExpressionEditors";
import { EscalationsEditor, LabelListEditor } from "./editors/ListEditors";
import {
  BooleanEditor, NumberEditor, RoleEditor, TextEditor, TimeSpanEditor, WorkingDurationEditor,
} from "./editors/ScalarEditors";
import type { EditorProps } from "./editors/types";
import { UnitRuleEditor } from "./editors/UnitRuleEditor";
import type { DocHistory } from "./useHistory";

/** The editor for each `editor` value the activity catalogue declares. */
const EDITORS: Record<string, ComponentType<EditorProps>> = {
  text: TextEditor,
  number: NumberEditor,
  workingDuration: WorkingDurationEditor,
  role: RoleEditor,
  unitRule: UnitRuleEditor,
  outcomes: LabelListEditor,
  branches: LabelListEditor,
  escalations: EscalationsEditor,
  expression: ExpressionEditor,
  select: SelectEditor,
  boolean: BooleanEditor,
  timeSpan: TimeSpanEditor,
  cases: CasesEditor,
};

/** The selected activity's properties, generated from its descriptor, with the issues of each field. */
export function PropertyPanel({ activity, descriptor, issues, history, onDelete }: {
  activity: JsonObject;
  descriptor: ActivityDescriptor | undefined;
  issues: Issue[];
  history: DocHistory;
  onDelete: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = String(activity.id);
  const update = (change: (a: JsonObject) => JsonObject) => history.apply((doc) => updateActivity(doc, id, change));
  const message = (i: Issue) => (lang === "en" ? i.messageEn : i.messageVi) ?? i.message ?? i.code;
  const general = issues.filter((i) => !i.field || !descriptor?.inputs.some((x) => x.name === i.field));

  return (
    <aside className="panel properties" data-testid="properties" aria-label={t("properties.title")}>
      <header>
        <div className="eyebrow">{descriptor ? (lang === "en" ? descriptor.displayName.en : descriptor.displayName.vi) : String(activity.type)}</div>
        <h2>{t("properties.title")}</h2>
        {descriptor?.description && <p className="hint">{lang === "en" ? descriptor.description.en : descriptor.description.vi}</p>}
      </header>
      {general.map((i, n) => <p key={n} className={i.severity === "Error" ? "issue error" : "issue warning"}>{message(i)}</p>)}
      <label className="field">
        <span>{t("properties.name")}</span>
        <CommitInput id="input-activity-name" value={typeof activity.name === "string" ? activity.name : ""}
          onCommit={(v) => update((a) => withKey(a, "name", v, ["customProperties", "metadata"]))} />
      </label>
      <div className="field"><span>{t("properties.id")}</span><code>{id}</code></div>
      {descriptor ? (
        descriptor.inputs.map((input) => {
          const Editor = EDITORS[input.editor] ?? JsonEditor;
          const fieldIssues = issues.filter((i) => i.field === input.name);
          return (
            <div className={`field${fieldIssues.some((i) => i.severity === "Error") ? " invalid" : ""}`} key={input.name} data-field={input.name}>
              <label htmlFor={`input-${input.name}`}>
                {lang === "en" ? input.displayName.en : input.displayName.vi}
                {input.required && <span className="required" title={t("properties.required")}> *</span>}
              </label>
              <Editor input={input} activity={activity} doc={history.doc} update={update} updateDoc={history.apply} />
              {fieldIssues.map((i, n) => <p key={n} className={i.severity === "Error" ? "issue error" : "issue warning"}>{message(i)}</p>)}
            </div>
          );
        })
      ) : (
        <div className="field">
          <p className="hint">{t("properties.unknownType")}</p>
          <pre className="json">{JSON.stringify(activity, null, 2)}</pre>
        </div>
      )}
      <button type="button" className="danger" onClick={onDelete}>{t("properties.delete")}</button>
    </aside>
  );
}
