import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAgencies } from "../../api/queries";
import { inputStructured, setStructured } from "../../model/inputs";
import { asString, isObject, type JsonObject } from "../../model/json";
import type { EditorProps } from "./types";

export const UNIT_RULE_KINDS = ["Receiving", "Competent", "Fixed", "Vertical", "Parent"] as const;
export const VERTICAL_NETWORKS = ["Tax", "Police", "SocialInsurance", "LandRegistration"] as const;

/** Where the task lands: the receiving or competent unit, a fixed agency, a vertical agency, or the parent level. */
export function UnitRuleEditor(p: EditorProps) {
  const { t } = useTranslation();
  const stored = inputStructured(p.activity, p.input.name);
  const fallback = isObject(p.input.default ?? null) ? (p.input.default as JsonObject) : { kind: "Competent" };
  const rule: JsonObject = isObject(stored) ? stored : fallback;
  const kind = asString(rule.kind) ?? "Competent";
  const write = (next: JsonObject) => p.update((a) => setStructured(a, p.input.name, p.input.typeName, next));

  return (
    <div className="stack">
      <select
        id={`input-${p.input.name}`}
        value={kind}
        onChange={(e) => {
          const k = e.target.value;
          write(k === "Fixed" ? { kind: k, agency: asString(rule.agency) ?? "" } : k === "Vertical" ? { kind: k, agencyKind: asString(rule.agencyKind) ?? "Tax" } : { kind: k });
        }}
      >
        {UNIT_RULE_KINDS.map((k) => (
          <option key={k} value={k}>{t(`unitRule.kinds.${k}`)}</option>
        ))}
      </select>
      {kind === "Vertical" && (
        <select aria-label={t("unitRule.network")} value={asString(rule.agencyKind) ?? "Tax"} onChange={(e) => write({ ...rule, agencyKind: e.target.value })}>
          {VERTICAL_NETWORKS.map((n) => (
            <option key={n} value={n}>{t(`unitRule.networks.${n}`)}</option>
          ))}
        </select>
      )}
      {kind === "Fixed" && <AgencyPicker value={asString(rule.agency) ?? ""} onPick={(eId) => write({ ...rule, agency: eId })} />}
      <p className="hint">{t(`unitRule.hints.${kind}`)}</p>
    </div>
  );
}

/** Searches the organisation's agencies by name or e-ID and picks one. */
export function AgencyPicker({ value, onPick }: { value: string; onPick: (eId: string) => void }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState("");
  const agencies = useAgencies(query);
  const list = (agencies.data ?? []).slice(0, 30);
  return (
    <div className="agency-picker">
      <div className="muted">{t("unitRule.agency")}: <strong>{value || t("unitRule.noAgency")}</strong></div>
      <input type="search" placeholder={t("unitRule.searchAgency")} value={query} onChange={(e) => setQuery(e.target.value)} />
      <ul className="pick-list">
        {list.map((a) => (
          <li key={a.eId}>
            <button type="button" className={a.eId === value ? "picked" : ""} onClick={() => onPick(a.eId)}>
              <span>{i18n.language === "en" ? a.nameEn ?? a.name : a.name}</span>
              <code>{a.eId}</code>
            </button>
          </li>
        ))}
        {agencies.isSuccess && list.length === 0 && <li className="muted">{t("common.noResults")}</li>}
      </ul>
    </div>
  );
}
