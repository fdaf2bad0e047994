import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { EChart, type ChartOption } from "./EChart";
import type { ApologyLine, DelayLine } from "./schemas";

/** The most units the chart shows (those with the most late steps and apologies). */
const MAX_UNITS = 10;

type UnitFigures = { agency: string; lateSteps: number; apologies: number };

/** Late steps and apologies per agency, most first. */
export function byAgency(delays: DelayLine[], apologies: ApologyLine[]): UnitFigures[] {
  const units = new Map<string, UnitFigures>();
  const unit = (agency: string) => units.get(agency) ?? units.set(agency, { agency, lateSteps: 0, apologies: 0 }).get(agency)!;
  for (const d of delays) unit(d.agencyName).lateSteps += d.lateSteps;
  for (const a of apologies) unit(a.agencyName).apologies += 1;
  return [...units.values()].sort((a, b) => b.lateSteps + b.apologies - (a.lateSteps + a.apologies) || a.agency.localeCompare(b.agency, "vi"));
}

/** Trễ hạn và xin lỗi theo đơn vị: the month's late steps and apology letters per agency of the scope. */
export function UnitChart({ delays, apologies }: { delays: DelayLine[]; apologies: ApologyLine[] }) {
  const { t } = useTranslation();
  const units = useMemo(() => byAgency(delays, apologies).slice(0, MAX_UNITS).reverse(), [delays, apologies]);
  const option = useMemo<ChartOption>(() => ({
    animation: false,
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: units.map((u) => u.agency), axisLabel: { width: 260, overflow: "truncate" } },
    series: [
      { type: "bar", name: t("dashboard.units.lateSteps"), data: units.map((u) => u.lateSteps), itemStyle: { color: "#b42318" } },
      { type: "bar", name: t("dashboard.units.apologies"), data: units.map((u) => u.apologies), itemStyle: { color: "#d08a00" } },
    ],
  }), [units, t]);
  if (units.length === 0) return <p className="muted" data-testid="units-empty">{t("dashboard.units.none")}</p>;
  return (
    <div data-testid="units" data-units={units.length}>
      <EChart option={option} height={Math.max(160, 48 + units.length * 40)} label={t("dashboard.units.title")} testId="units-chart" />
    </div>
  );
}
