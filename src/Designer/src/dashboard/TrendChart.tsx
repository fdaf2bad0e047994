import { useQueries } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { describeError, getJson } from "../api/client";
import { EChart, type ChartOption } from "./EChart";
import { monthPeriod, monthsEnding, reportUrl, type ReportScope } from "./reportPeriod";
import { serviceQuality } from "./schemas";

/** How many months the trend covers. */
export const TREND_MONTHS = 12;

const monthLabel = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;

/**
 * Xu hướng 12 tháng: dossiers received and resolved per month (bars) and the on-time rate (line,
 * against the 95 % target) for the months ending with <month>, in <scope>, as of <asOf> (a month
 * still running is measured up to then).
 */
export function TrendChart({ month, asOf, scope, target }: { month: string; asOf: Date; scope: ReportScope; target: number }) {
  const { t } = useTranslation();
  const months = useMemo(() => monthsEnding(month, TREND_MONTHS), [month]);
  const periods = useMemo(() => months.map((m) => monthPeriod(m, asOf)!), [months, asOf]);
  const results = useQueries({
    queries: periods.map((period) => ({
      queryKey: ["reports", "summary", scope.kind, scope.code, period.from, period.to],
      queryFn: () => getJson(reportUrl("summary", period, scope), serviceQuality),
    })),
  });
  const error = results.find((r) => r.error)?.error;
  const done = results.every((r) => r.data);
  const received = results.map((r) => r.data?.received ?? 0);
  const resolved = results.map((r) => r.data?.resolved ?? 0);
  const rates = results.map((r) => (r.data?.onTimeRate == null ? null : Math.round(r.data.onTimeRate * 1000) / 10));

  const option = useMemo<ChartOption>(() => ({
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 48, right: 56, top: 72, bottom: 48 },
    xAxis: { type: "category", data: months.map(monthLabel), axisLabel: { interval: 0, rotate: 45, fontSize: 10 } },
    yAxis: [
      { type: "value", name: t("dashboard.trend.dossiers"), minInterval: 1 },
      { type: "value", name: t("dashboard.trend.rate"), min: 0, max: 100, axisLabel: { formatter: "{value} %" } },
    ],
    series: [
      { type: "bar", name: t("dashboard.figure.received"), data: received, itemStyle: { color: "#1f5f99" } },
      { type: "bar", name: t("dashboard.figure.resolved"), data: resolved, itemStyle: { color: "#7aa6c2" } },
      {
        type: "line", name: t("dashboard.trend.onTimeRate"), yAxisIndex: 1, data: rates, connectNulls: false,
        showSymbol: true, symbolSize: 9, itemStyle: { color: "#1d7a3a" }, lineStyle: { width: 3 }, z: 3,
      },
      {
        type: "line", name: t("dashboard.trend.target", { target: target * 100 }), yAxisIndex: 1, symbol: "none",
        data: months.map(() => target * 100), lineStyle: { type: "dashed", color: "#b42318", width: 1 }, itemStyle: { color: "#b42318" },
      },
    ],
    // The figures' text is the key: a refetch with the same numbers redraws nothing.
  }), [months, JSON.stringify([received, resolved, rates]), t, target]);

  return (
    <div data-testid="trend" data-months={months.length} data-loaded={done} data-received={received.join(",")} data-rates={rates.map((r) => r ?? "").join(",")}>
      {error && <p className="error-text" role="alert">{describeError(error)}</p>}
      <EChart option={option} height={320} label={t("dashboard.trend.title")} testId="trend-chart" />
    </div>
  );
}
