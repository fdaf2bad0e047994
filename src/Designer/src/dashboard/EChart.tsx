import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ComposeOption, EChartsType } from "echarts/core";
import type { BarSeriesOption, LineSeriesOption } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";

/** The options the dashboard's charts use. */
export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/**
 * One ECharts chart. ECharts is loaded on first use (a chunk of its own), then the chart follows
 * <option> and the width of its box. data-ready tells tests and screen readers when it is drawn.
 */
export function EChart({ option, height, label, testId }: { option: ChartOption; height: number; label: string; testId: string }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    import("./echartsSetup").then(({ init }) => {
      if (disposed || !box.current) return;
      chart.current = init(box.current, undefined, { renderer: "svg" });
      observer = new ResizeObserver(() => chart.current?.resize());
      observer.observe(box.current);
      setReady(true);
    }, () => setFailed(true));
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (ready) chart.current?.setOption(option, { notMerge: true });
  }, [ready, option]);

  return (
    <div className="echart" role="img" aria-label={label} data-testid={testId} data-ready={ready}>
      {failed && <p className="error-text">{t("dashboard.chartFailed")}</p>}
      <div ref={box} style={{ height }} />
    </div>
  );
}
