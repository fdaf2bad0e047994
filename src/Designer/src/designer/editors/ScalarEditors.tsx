import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useStepRoles } from "../../api/queries";
import { HOURS_PER_DAY } from "../../diagram/format";
import { inputBoolean, inputNumber, inputText, removeInput, setWrapped } from "../../model/inputs";
import { CommitInput } from "./CommitInput";
import type { EditorProps } from "./types";

const defaultText = (p: EditorProps) => (typeof p.input.default === "string" ? p.input.default : "");

export function TextEditor(p: EditorProps) {
  return (
    <CommitInput
      id={`input-${p.input.name}`}
      value={inputText(p.activity, p.input.name) ?? ""}
      placeholder={defaultText(p)}
      onCommit={(v) => p.update((a) => (v.trim() === "" ? removeInput(a, p.input.name) : setWrapped(a, p.input.name, p.input.typeName, "Literal", v)))}
    />
  );
}

export function NumberEditor(p: EditorProps) {
  const value = inputNumber(p.activity, p.input.name);
  return (
    <CommitInput
      id={`input-${p.input.name}`}
      type="number"
      value={value === undefined ? "" : String(value)}
      onCommit={(v) => p.update((a) => (v === "" ? removeInput(a, p.input.name) : setWrapped(a, p.input.name, p.input.typeName, "Literal", Number(v))))}
    />
  );
}

/** Working time edited in days or hours; always stored as working hours (1 day = 8 h). */
export function WorkingDurationEditor(p: EditorProps) {
  const { t } = useTranslation();
  const hours = inputNumber(p.activity, p.input.name);
  const [unit, setUnit] = useState<"days" | "hours">(hours !== undefined && hours > 0 && hours < 2 ? "hours" : "days");
  const factor = unit === "days" ? HOURS_PER_DAY : 1;
  const shown = hours === undefined ? "" : String(Math.round((hours / factor) * 1000) / 1000);
  return (
    <div className="row">
      <CommitInput
        id={`input-${p.input.name}`}
        type="number"
        min={0}
        step={unit === "days" ? 0.125 : 0.5}
        value={shown}
        onCommit={(v) => p.update((a) => (v === "" ? removeInput(a, p.input.name) : setWrapped(a, p.input.name, p.input.typeName, "Literal", Number(v) * factor)))}
      />
      <select aria-label={t("editors.durationUnit")} value={unit} onChange={(e) => setUnit(e.target.value as "days" | "hours")}>
        <option value="days">{t("editors.workingDays")}</option>
        <option value="hours">{t("editors.workingHours")}</option>
      </select>
    </div>
  );
}

export function RoleEditor(p: EditorProps) {
  const { t, i18n } = useTranslation();
  const roles = useStepRoles().data;
  const options = roles
    ? roles.map((r) => ({ value: r.code, label: i18n.language === "en" ? r.nameEn ?? r.name : r.name }))
    : p.input.options.map((o) => ({ value: o.value, label: i18n.language === "en" ? o.label.en : o.label.vi }));
  const current = inputText(p.activity, p.input.name) ?? "";
  return (
    <select
      id={`input-${p.input.name}`}
      value={current}
      onChange={(e) => p.update((a) => (e.target.value === "" ? removeInput(a, p.input.name) : setWrapped(a, p.input.name, p.input.typeName, "Literal", e.target.value)))}
    >
      <option value="">{defaultText(p) ? t("editors.defaultRole", { role: options.find((o) => o.value === defaultText(p))?.label ?? defaultText(p) }) : t("editors.chooseRole")}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>{o.label}</option>
      ))}
    </select>
  );
}

export function BooleanEditor(p: EditorProps) {
  const { t } = useTranslation();
  const checked = inputBoolean(p.activity, p.input.name) ?? p.input.default === true;
  return (
    <label className="check">
      <input
        id={`input-${p.input.name}`}
        type="checkbox"
        checked={checked}
        onChange={(e) => p.update((a) => setWrapped(a, p.input.name, p.input.typeName, "Literal", e.target.checked))}
      />
      {checked ? t("common.yes") : t("common.no")}
    </label>
  );
}

const TIME_SPAN = /^(?:(\d+)\.)?(\d{1,2}):(\d{2})(?::(\d{2}))?/;

/** A duration as Elsa writes a TimeSpan literal ("d.hh:mm:ss"), edited as days, hours and minutes. */
export function TimeSpanEditor(p: EditorProps) {
  const { t } = useTranslation();
  const text = inputText(p.activity, p.input.name) ?? "";
  const m = TIME_SPAN.exec(text);
  const parts = { d: Number(m?.[1] ?? 0), h: Number(m?.[2] ?? 0), min: Number(m?.[3] ?? 0) };
  const write = (next: typeof parts) => {
    const pad = (n: number) => String(Math.max(0, Math.floor(n))).padStart(2, "0");
    const value = `${next.d > 0 ? `${Math.floor(next.d)}.` : ""}${pad(next.h)}:${pad(next.min)}:00`;
    p.update((a) => setWrapped(a, p.input.name, p.input.typeName, "Literal", value));
  };
  return (
    <div className="row">
      {(["d", "h", "min"] as const).map((k) => (
        <label key={k} className="inline">
          <CommitInput type="number" min={0} value={String(parts[k])} onCommit={(v) => write({ ...parts, [k]: Number(v || 0) })} />
          {t(`editors.timeSpan.${k}`)}
        </label>
      ))}
    </div>
  );
}
