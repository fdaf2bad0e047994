import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { describeError, getJson } from "../api/client";
import { formatInstant } from "../office/format";
import { DelayTable } from "./DelayTable";
import { OutcomeChart } from "./OutcomeChart";
import { currentVietnamMonth, DEFAULT_SCOPE, monthPeriod, reportUrl, scopeReady, type ReportScope } from "./reportPeriod";
import { ScopePicker } from "./ScopePicker";
import { apologyList, delayList, serviceQuality, type ServiceQuality } from "./schemas";
import { TrendChart } from "./TrendChart";
import { UnitChart } from "./UnitChart";

/** Chỉ tiêu tỷ lệ hồ sơ giải quyết đúng hạn: the plans' target for the on-time rate. */
const ON_TIME_TARGET = 0.95;

function percent(value: number | null | undefined, lang: string): string {
  return value == null ? "—" : new Intl.NumberFormat(lang === "en" ? "en-GB" : "vi-VN", { style: "percent", maximumFractionDigits: 1 }).format(value);
}

/**
 * Bảng điều khiển: for the chosen scope (phạm vi) and month, the figures, the outcomes as bars, the
 * 12-month trend, late steps and apologies per unit, and who caused delays; every figure follows the scope.
 */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [month, setMonth] = useState(currentVietnamMonth);
  const [scope, setScope] = useState<ReportScope>(DEFAULT_SCOPE);
  // One "now" per month chosen: the month's figures and the trend's last month are the same request.
  const asOf = useMemo(() => new Date(), [month]);
  const period = useMemo(() => monthPeriod(month, asOf), [month, asOf]);
  const ready = !!period && scopeReady(scope);
  const report = <T extends z.ZodType>(kind: "summary" | "delays" | "apologies", schema: T) => ({
    queryKey: ["reports", kind, scope.kind, scope.code, period?.from, period?.to],
    queryFn: () => getJson(reportUrl(kind, period!, scope), schema),
    enabled: ready,
  });
  const summary = useQuery(report("summary", serviceQuality));
  const delays = useQuery(report("delays", delayList));
  const apologies = useQuery(report("apologies", apologyList));
  const f = summary.data;

  return (
    <main className="page dashboard">
      <header className="page-head">
        <h1>{t("dashboard.title")}</h1>
        <p className="lead">{f?.scopeName}{period?.partial && <> · {t("dashboard.asOf", { at: formatInstant(period.to, lang) })}</>}</p>
        <div className="filters">
          <label className="inline-label">{t("dashboard.month")}
            <input type="month" value={month} onChange={(e) => setMonth(e.target.value)} data-testid="dashboard-month" required />
          </label>
          <ScopePicker value={scope} onChange={setScope} />
          {ready && period && <a className="button-link" href={reportUrl("summary", period, scope, "xlsx")} data-testid="dashboard-xlsx" download>{t("dashboard.xlsx")}</a>}
        </div>
      </header>
      {!period && <p className="error-text" role="alert">{t("dashboard.badMonth")}</p>}
      {summary.error && <p className="error-text" role="alert">{describeError(summary.error)}</p>}
      {summary.isPending && ready && <p className="page-message">{t("common.loading")}</p>}
      {f && <Figures figures={f} lang={lang} />}
      {f && (
        <section className="card">
          <h2>{t("dashboard.chart")}</h2>
          <OutcomeChart figures={f} />
        </section>
      )}
      {f && ready && (
        <div className="dashboard-charts">
          <section className="card">
            <h2>{t("dashboard.trend.title")}</h2>
            <TrendChart month={month} asOf={asOf} scope={scope} target={ON_TIME_TARGET} />
          </section>
          <section className="card">
            <h2>{t("dashboard.units.title")}</h2>
            {(delays.error ?? apologies.error) && <p className="error-text" role="alert">{describeError(delays.error ?? apologies.error)}</p>}
            {delays.data && apologies.data && <UnitChart delays={delays.data} apologies={apologies.data} />}
          </section>
        </div>
      )}
      <section className="card">
        <h2>{t("dashboard.delays.title")}</h2>
        {delays.error && <p className="error-text" role="alert">{describeError(delays.error)}</p>}
        {delays.data && <DelayTable lines={delays.data} />}
      </section>
    </main>
  );
}

function Figures({ figures: f, lang }: { figures: ServiceQuality; lang: string }) {
  const { t } = useTranslation();
  const rateTone = f.onTimeRate == null ? "" : f.onTimeRate >= ON_TIME_TARGET ? "on-target" : "below-target";
  const figure = (key: string, value: number | string) => (
    <div className="figure" data-testid={`figure-${key}`}><dt>{t(`dashboard.figure.${key}`)}</dt><dd>{value}</dd></div>
  );
  return (
    <section className="card dashboard-figures">
      <div className={`on-time-rate ${rateTone}`} data-testid="on-time-rate">
        <div className="rate-value">{percent(f.onTimeRate, lang)}</div>
        <div className="muted">{t("dashboard.rate", { target: percent(ON_TIME_TARGET, lang) })}</div>
      </div>
      <dl className="figure-grid">
        {figure("received", f.received)}
        {figure("resolved", f.resolved)}
        {figure("onTime", f.resolvedOnTime + f.pendingOnTime)}
        {figure("late", f.late)}
        {figure("pending", f.pending)}
        {figure("lateWithApology", f.lateWithApology)}
        {figure("lateWithoutApology", f.lateWithoutApology)}
        {figure("online", percent(f.onlineShare, lang))}
        {figure("digitised", percent(f.digitisedShare, lang))}
        {figure("onlinePaid", percent(f.onlinePaidShare, lang))}
      </dl>
    </section>
  );
}
