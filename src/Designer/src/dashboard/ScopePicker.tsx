import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { useTranslation } from "react-i18next";
import { getJson } from "../api/client";
import { useCommunes } from "../api/queries";
import { agency } from "../api/schemas";
import type { ReportScope } from "./reportPeriod";

const useDepartments = () =>
  useQuery({
    queryKey: ["agencies", "kind", "Department"],
    queryFn: () => getJson("/api/organisation/agencies?kind=Department", z.array(agency)),
    staleTime: Infinity,
  });

/**
 * Phạm vi: the officer's own scope (as the reports API decides), the whole province, one commune or
 * ward, or one department (sở). Only province leaders may look beyond their agency; the API says
 * so when another officer tries.
 */
export function ScopePicker({ value, onChange }: { value: ReportScope; onChange: (scope: ReportScope) => void }) {
  const { t } = useTranslation();
  const communes = useCommunes();
  const departments = useDepartments();
  const options = value.kind === "Commune"
    ? (communes.data ?? []).map((c) => ({ code: c.code, name: c.fullName ?? c.name }))
    : value.kind === "Agency" ? (departments.data ?? []).map((d) => ({ code: d.eId, name: d.name })) : [];
  return (
    <>
      <label className="inline-label">{t("dashboard.scope.label")}
        <select value={value.kind} data-testid="scope-kind" onChange={(e) => onChange({ kind: e.target.value as ReportScope["kind"], code: "" })}>
          <option value="">{t("dashboard.scope.default")}</option>
          <option value="Province">{t("dashboard.scope.Province")}</option>
          <option value="Commune">{t("dashboard.scope.Commune")}</option>
          <option value="Agency">{t("dashboard.scope.Agency")}</option>
        </select>
      </label>
      {(value.kind === "Commune" || value.kind === "Agency") && (
        <label className="inline-label">{t(`dashboard.scope.pick${value.kind}`)}
          <select value={value.code} data-testid="scope-code" onChange={(e) => onChange({ ...value, code: e.target.value })}>
            <option value="">—</option>
            {options.map((o) => <option key={o.code} value={o.code}>{o.name}</option>)}
          </select>
        </label>
      )}
    </>
  );
}
