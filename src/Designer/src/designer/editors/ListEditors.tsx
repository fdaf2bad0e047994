import { useTranslation } from "react-i18next";
import { useStepRoles } from "../../api/queries";
import { renamePort, updateActivity } from "../../model/edits";
import { inputLabels, inputStructured, setStructured } from "../../model/inputs";
import { asString, isObject, type JsonObject } from "../../model/json";
import { CommitInput } from "./CommitInput";
import type { EditorProps } from "./types";

/** A list of port labels (a step's outcomes, a fork's branches); renaming one keeps its connections. */
export function LabelListEditor(p: EditorProps) {
  const { t } = useTranslation();
  const labels = inputLabels(p.activity, p.input.name);
  const id = String(p.activity.id);
  const write = (next: string[], rename?: [string, string]) =>
    p.updateDoc((doc) =>
      updateActivity(rename ? renamePort(doc, id, rename[0], rename[1]) : doc, id, (a) => setStructured(a, p.input.name, p.input.typeName, next)));
  return (
    <div className="stack" id={`input-${p.input.name}`}>
      {labels.map((label, i) => (
        <div className="row" key={`${i}-${label}`}>
          <CommitInput
            aria-label={`${p.input.name} ${i + 1}`}
            value={label}
            onCommit={(v) => {
              const text = v.trim();
              if (text === "" || labels.includes(text)) return;
              write(labels.map((l, j) => (j === i ? text : l)), [label, text]);
            }}
          />
          <button type="button" className="icon" title={t("common.remove")} onClick={() => write(labels.filter((_, j) => j !== i))}>×</button>
        </div>
      ))}
      <button
        type="button"
        className="link"
        onClick={() => {
          let n = labels.length + 1;
          while (labels.includes(`${t("editors.newOutcome")}${n}`)) n++;
          write([...labels, `${t("editors.newOutcome")}${n}`]);
        }}
      >
        + {t("editors.addOutcome")}
      </button>
    </div>
  );
}

const POINTS = ["NearDue", "Due", "Overdue"] as const;

/** Who is notified when a step nears, reaches or passes its due time. */
export function EscalationsEditor(p: EditorProps) {
  const { t, i18n } = useTranslation();
  const roles = useStepRoles().data ?? [];
  const stored = inputStructured(p.activity, p.input.name) ?? p.input.default ?? [];
  const rows = (Array.isArray(stored) ? stored : []).filter(isObject);
  const write = (next: JsonObject[]) => p.update((a) => setStructured(a, p.input.name, p.input.typeName, next));
  const targets = [
    { value: "Assignee", label: t("escalations.Assignee") },
    { value: "HeadOfUnit", label: t("escalations.HeadOfUnit") },
    ...roles.map((r) => ({ value: r.code, label: i18n.language === "en" ? r.nameEn ?? r.name : r.name })),
  ];
  return (
    <div className="stack" id={`input-${p.input.name}`}>
      {rows.map((row, i) => (
        <div className="row" key={i}>
          <select aria-label={t("escalations.at")} value={asString(row.at) ?? "NearDue"} onChange={(e) => write(rows.map((r, j) => (j === i ? { ...r, at: e.target.value } : r)))}>
            {POINTS.map((pt) => <option key={pt} value={pt}>{t(`escalations.${pt}`)}</option>)}
          </select>
          <select aria-label={t("escalations.notify")} value={asString(row.notify) ?? "Assignee"} onChange={(e) => write(rows.map((r, j) => (j === i ? { ...r, notify: e.target.value } : r)))}>
            {targets.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
          <button type="button" className="icon" title={t("common.remove")} onClick={() => write(rows.filter((_, j) => j !== i))}>×</button>
        </div>
      ))}
      <button type="button" className="link" onClick={() => write([...rows, { at: "Overdue", notify: "Leader" }])}>+ {t("escalations.add")}</button>
    </div>
  );
}
