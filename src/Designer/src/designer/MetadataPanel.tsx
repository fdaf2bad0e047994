import { useTranslation } from "react-i18next";
import { procedureOf, withProcedure } from "../model/document";
import { asArray, asNumber, asString, isObject, withKey, type Json, type JsonObject } from "../model/json";
import { CommitInput } from "./editors/CommitInput";
import type { DocHistory } from "./useHistory";

export const LEVELS = ["Commune", "Province", "District"] as const;
export const LIMIT_UNITS = ["WorkingDays", "CalendarDays", "WorkingHours", "SameDay"] as const;
export const CHANNELS = [1, 2, 3] as const;
/** Loại cơ quan có thẩm quyền: the kind of agency that decides; with the filing desk, it names the competent body. */
export const AGENCY_KINDS = [
  "CommunePeoplesCommittee", "ProvincePeoplesCommittee", "Department", "LandRegistrationOffice", "LandRegistrationBranch",
  "Police", "Tax", "SocialInsurance", "DistrictPeoplesCommittee",
] as const;

/** The procedure's metadata (customProperties.procedure) and the definition's id and name. */
export function MetadataPanel({ history, isNew }: { history: DocHistory; isNew: boolean }) {
  const { t } = useTranslation();
  const doc = history.doc;
  const proc = procedureOf(doc);
  const setProc = (key: string, value: Json | undefined) =>
    history.apply((d) => {
      const current = procedureOf(d);
      const next: JsonObject = value === undefined ? Object.fromEntries(Object.entries(current).filter(([k]) => k !== key)) : withKey(current, key, value);
      return withProcedure(d, next);
    });
  const setDoc = (key: string, value: string) => history.apply((d) => withKey(d, key, value, ["version", "variables", "customProperties", "root"]));
  const limit = isObject(proc.legalLimit) ? proc.legalLimit : {};
  const channels = asArray(proc.channels).map(Number);
  const text = (key: string) => asString(proc[key]) ?? "";

  return (
    <aside className="panel properties" data-testid="metadata" aria-label={t("metadata.title")}>
      <header>
        <div className="eyebrow">{t("metadata.eyebrow")}</div>
        <h2>{t("metadata.title")}</h2>
        <p className="hint">{t("metadata.hint")}</p>
      </header>
      <label className="field">
        <span>{t("metadata.definitionId")}</span>
        {isNew ? <CommitInput id="meta-definitionId" value={String(doc.definitionId ?? "")} onCommit={(v) => setDoc("definitionId", v.trim())} />
          : <code>{String(doc.definitionId ?? "")}</code>}
      </label>
      <label className="field"><span>{t("metadata.workflowName")}</span>
        <CommitInput id="meta-name" value={String(doc.name ?? "")} onCommit={(v) => setDoc("name", v)} /></label>
      <label className="field"><span>{t("metadata.code")}</span>
        <CommitInput id="meta-code" value={text("code")} placeholder="1.000894.000.00.00.H56" onCommit={(v) => setProc("code", v || undefined)} /></label>
      <label className="field"><span>{t("metadata.name")}</span>
        <CommitInput id="meta-procedure-name" value={text("name")} onCommit={(v) => setProc("name", v || undefined)} /></label>
      <label className="field"><span>{t("metadata.nameEn")}</span>
        <CommitInput id="meta-procedure-nameEn" value={text("nameEn")} onCommit={(v) => setProc("nameEn", v || undefined)} /></label>
      <label className="field"><span>{t("metadata.field")}</span>
        <CommitInput id="meta-field" value={text("field")} placeholder={t("metadata.fieldExample")} onCommit={(v) => setProc("field", v || undefined)} /></label>
      <label className="field"><span>{t("metadata.level")}</span>
        <select id="meta-level" value={text("competentLevel")} onChange={(e) => setProc("competentLevel", e.target.value || undefined)}>
          <option value="">{t("editors.choose")}</option>
          {LEVELS.map((l) => <option key={l} value={l}>{t(`levels.${l}`)}</option>)}
        </select></label>
      <label className="field"><span>{t("agencyKinds.label")}</span>
        <select id="meta-agency-kind" value={text("competentAgencyKind")} onChange={(e) => setProc("competentAgencyKind", e.target.value || undefined)}>
          <option value="">{t("editors.choose")}</option>
          {AGENCY_KINDS.map((k) => <option key={k} value={k}>{t(`agencyKinds.${k}`)}</option>)}
        </select></label>
      <div className="field"><span>{t("metadata.legalLimit")}</span>
        <div className="row">
          <CommitInput id="meta-limit-value" type="number" min={0} step={0.5} value={String(asNumber(limit.value) ?? "")}
            disabled={limit.unit === "SameDay"} onCommit={(v) => setProc("legalLimit", { ...limit, value: Number(v || 0), unit: asString(limit.unit) ?? "WorkingDays" })} />
          <select id="meta-limit-unit" aria-label={t("metadata.limitUnit")} value={asString(limit.unit) ?? "WorkingDays"}
            onChange={(e) => setProc("legalLimit", { ...limit, value: asNumber(limit.value) ?? 0, unit: e.target.value })}>
            {LIMIT_UNITS.map((u) => <option key={u} value={u}>{t(`limitUnits.${u}`, { count: 2 })}</option>)}
          </select>
        </div></div>
      <label className="check field">
        <input id="meta-location-independent" type="checkbox" checked={proc.locationIndependent === true} onChange={(e) => setProc("locationIndependent", e.target.checked)} />
        {t("metadata.locationIndependent")}
      </label>
      <div className="field"><span>{t("metadata.channels")}</span>
        {CHANNELS.map((c) => (
          <label className="check" key={c}>
            <input type="checkbox" checked={channels.includes(c)}
              onChange={(e) => setProc("channels", e.target.checked ? [...channels, c].sort() : channels.filter((x) => x !== c))} />
            {t(`channels.${c}`)}
          </label>
        ))}</div>
      <FeesEditor fees={asArray(proc.fees).filter(isObject)} onChange={(f) => setProc("fees", f)} />
      <StringList id="meta-documents" label={t("metadata.documents")} addLabel={t("metadata.addDocument")} items={asArray(proc.requiredDocuments)} onChange={(l) => setProc("requiredDocuments", l)} />
      <StringList id="meta-legal-basis" label={t("metadata.legalBasis")} addLabel={t("metadata.addLegalBasis")} items={asArray(proc.legalBasis)} onChange={(l) => setProc("legalBasis", l)} />
    </aside>
  );
}

function StringList({ id, label, addLabel, items, onChange }: { id: string; label: string; addLabel: string; items: Json[]; onChange: (items: Json[]) => void }) {
  const { t } = useTranslation();
  return (
    <div className="field" id={id}><span>{label}</span>
      {items.map((item, i) => (
        <div className="row" key={`${i}-${String(item)}`}>
          <CommitInput aria-label={`${label} ${i + 1}`} value={String(item ?? "")} onCommit={(v) => onChange(items.map((x, j) => (j === i ? v : x)))} />
          <button type="button" className="icon" title={t("common.remove")} onClick={() => onChange(items.filter((_, j) => j !== i))}>×</button>
        </div>
      ))}
      <AddRow label={addLabel} onAdd={(v) => onChange([...items, v])} />
    </div>
  );
}

function AddRow({ label, onAdd }: { label: string; onAdd: (value: string) => void }) {
  return <CommitInput className="add-row" placeholder={`+ ${label}`} aria-label={label} value="" onCommit={(v) => v.trim() && onAdd(v.trim())} />;
}

function FeesEditor({ fees, onChange }: { fees: JsonObject[]; onChange: (fees: Json[]) => void }) {
  const { t } = useTranslation();
  const set = (i: number, key: string, value: Json) => onChange(fees.map((f, j) => (j === i ? withKey(f, key, value) : f)));
  return (
    <div className="field" id="meta-fees"><span>{t("metadata.fees")}</span>
      {fees.map((fee, i) => (
        <div className="row" key={i}>
          <CommitInput aria-label={t("metadata.feeName")} value={asString(fee.name) ?? ""} onCommit={(v) => set(i, "name", v)} />
          <CommitInput aria-label={t("metadata.feeAmount")} type="number" min={0} className="narrow" value={String(asNumber(fee.amount) ?? 0)} onCommit={(v) => set(i, "amount", Number(v || 0))} />
          <span className="muted">{asString(fee.currency) ?? "VND"}</span>
          <button type="button" className="icon" title={t("common.remove")} onClick={() => onChange(fees.filter((_, j) => j !== i))}>×</button>
        </div>
      ))}
      <button type="button" className="link" onClick={() => onChange([...fees, { name: t("metadata.defaultFee"), amount: 0, currency: "VND" }])}>+ {t("metadata.addFee")}</button>
    </div>
  );
}
