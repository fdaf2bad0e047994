import { useState } from "react";
import { useTranslation } from "react-i18next";
import { readInput, removeInput, setBare, setStructured, setWrapped } from "../../model/inputs";
import { asArray, asString, isObject, structured, type Json, type JsonObject } from "../../model/json";
import { CommitInput, CommitTextArea } from "./CommitInput";
import type { EditorProps } from "./types";

export const EXPRESSION_TYPES = ["Literal", "JavaScript", "Variable", "Object"] as const;

const asText = (value: Json | undefined): string =>
  value === undefined || value === null ? "" : typeof value === "string" ? value : JSON.stringify(value);

/** A value as an expression: its language (Literal, JavaScript, Variable, Object) and its text. */
export function ExpressionEditor(p: EditorProps) {
  const { t } = useTranslation();
  const current = readInput(p.activity, p.input.name);
  const type = current?.expressionType ?? "Literal";
  const text = asText(current?.value);
  const write = (nextType: string, nextText: string) =>
    p.update((a) => (nextText === "" && nextType === "Literal" ? removeInput(a, p.input.name) : setWrapped(a, p.input.name, p.input.typeName, nextType, nextText)));
  return (
    <div className="stack">
      <select aria-label={t("editors.expressionType")} value={type} onChange={(e) => write(e.target.value, text)}>
        {[...new Set([...EXPRESSION_TYPES, type])].map((x) => <option key={x} value={x}>{t(`editors.expressionTypes.${x}`, { defaultValue: x })}</option>)}
      </select>
      <CommitTextArea id={`input-${p.input.name}`} rows={type === "JavaScript" ? 4 : 2} value={text} onCommit={(v) => write(type, v)} />
    </div>
  );
}

/** One of the descriptor's options; for a variable reference, one of the workflow's variables. */
export function SelectEditor(p: EditorProps) {
  const { t, i18n } = useTranslation();
  if (p.input.typeName === "Variable") return <VariableSelect {...p} />;
  const current = readInput(p.activity, p.input.name);
  const value = asString(current?.value) ?? "";
  const fallback = typeof p.input.default === "string" ? p.input.default : "";
  return (
    <select
      id={`input-${p.input.name}`}
      value={value}
      onChange={(e) => p.update((a) => (e.target.value === "" ? removeInput(a, p.input.name) : setWrapped(a, p.input.name, p.input.typeName, "Literal", e.target.value)))}
    >
      <option value="">{fallback ? t("editors.defaultOption", { option: labelOf(p, fallback, i18n.language) }) : t("editors.choose")}</option>
      {p.input.options.map((o) => <option key={o.value} value={o.value}>{i18n.language === "en" ? o.label.en : o.label.vi}</option>)}
    </select>
  );
}

const labelOf = (p: EditorProps, value: string, lang: string) => {
  const o = p.input.options.find((x) => x.value === value);
  return o ? (lang === "en" ? o.label.en : o.label.vi) : value;
};

function VariableSelect(p: EditorProps) {
  const { t } = useTranslation();
  const variables = asArray(p.doc.variables).filter(isObject);
  const raw = p.activity[p.input.name];
  const currentId = isObject(raw) ? asString(raw.id) ?? asString(raw.name) : asString(raw);
  return (
    <select
      id={`input-${p.input.name}`}
      value={currentId ?? ""}
      onChange={(e) => {
        const v = variables.find((x) => x.id === e.target.value);
        p.update((a) => (v ? setBare(a, p.input.name, v) : removeInput(a, p.input.name)));
      }}
    >
      <option value="">{variables.length ? t("editors.chooseVariable") : t("editors.noVariables")}</option>
      {variables.map((v) => <option key={String(v.id)} value={String(v.id)}>{String(v.name)}</option>)}
    </select>
  );
}

/** A switch's cases: each a label (its port) and a condition. Elsa writes them as a plain array. */
export function CasesEditor(p: EditorProps) {
  const { t } = useTranslation();
  const current = readInput(p.activity, p.input.name);
  const cases = asArray(structured(current?.value ?? [])).filter(isObject);
  const write = (next: JsonObject[]) =>
    p.update((a) => (current?.wrapped ? setStructured(a, p.input.name, p.input.typeName, next) : setBare(a, p.input.name, next)));
  const conditionOf = (c: JsonObject) => (isObject(c.condition) ? c.condition : { type: "JavaScript", value: "" });
  return (
    <div className="stack" id={`input-${p.input.name}`}>
      {cases.map((c, i) => (
        <fieldset className="case" key={i}>
          <div className="row">
            <CommitInput aria-label={t("editors.caseLabel")} value={asString(c.label) ?? ""} onCommit={(v) => write(cases.map((x, j) => (j === i ? { ...x, label: v } : x)))} />
            <button type="button" className="icon" title={t("common.remove")} onClick={() => write(cases.filter((_, j) => j !== i))}>×</button>
          </div>
          <select aria-label={t("editors.expressionType")} value={asString(conditionOf(c).type) ?? "JavaScript"}
            onChange={(e) => write(cases.map((x, j) => (j === i ? { ...x, condition: { ...conditionOf(x), type: e.target.value } } : x)))}>
            {EXPRESSION_TYPES.map((x) => <option key={x} value={x}>{t(`editors.expressionTypes.${x}`)}</option>)}
          </select>
          <CommitTextArea rows={2} aria-label={t("editors.condition")} value={asText(conditionOf(c).value)}
            onCommit={(v) => write(cases.map((x, j) => (j === i ? { ...x, condition: { ...conditionOf(x), value: v } } : x)))} />
        </fieldset>
      ))}
      <button type="button" className="link" onClick={() => write([...cases, { label: `${t("editors.case")} ${cases.length + 1}`, condition: { type: "JavaScript", value: "return true;" } }])}>
        + {t("editors.addCase")}
      </button>
    </div>
  );
}

/** Any other property as JSON text: parsed on commit, refused (with a message) when it is not JSON. */
export function JsonEditor(p: EditorProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const raw = p.activity[p.input.name];
  return (
    <div className="stack">
      <CommitTextArea id={`input-${p.input.name}`} rows={4} value={raw === undefined ? "" : JSON.stringify(raw, null, 2)}
        onCommit={(v) => {
          if (v.trim() === "") return p.update((a) => removeInput(a, p.input.name));
          try {
            const parsed = JSON.parse(v) as Json;
            setError(undefined);
            p.update((a) => setBare(a, p.input.name, parsed));
          } catch {
            setError(t("editors.invalidJson"));
          }
        }} />
      {error && <p className="error-text">{error}</p>}
    </div>
  );
}
