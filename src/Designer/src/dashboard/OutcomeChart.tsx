import { useTranslation } from "react-i18next";
import type { ServiceQuality } from "./schemas";

const BAR_HEIGHT = 26;
const LABEL_WIDTH = 190;
const CHART_WIDTH = 560;

/** Bars of the period's dossiers by outcome: resolved on time or late, pending on time or overdue. */
export function OutcomeChart({ figures }: { figures: ServiceQuality }) {
  const { t } = useTranslation();
  const bars = [
    { key: "resolvedOnTime", value: figures.resolvedOnTime, tone: "ok" },
    { key: "resolvedLate", value: figures.resolvedLate, tone: "late" },
    { key: "pendingOnTime", value: figures.pendingOnTime, tone: "pending" },
    { key: "pendingOverdue", value: figures.pendingOverdue, tone: "late" },
  ] as const;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const room = CHART_WIDTH - LABEL_WIDTH - 40;
  return (
    <svg className="outcome-chart" data-testid="outcome-chart" role="img" aria-label={t("dashboard.chart")}
      viewBox={`0 0 ${CHART_WIDTH} ${bars.length * (BAR_HEIGHT + 10)}`} width="100%">
      {bars.map((b, i) => {
        const y = i * (BAR_HEIGHT + 10);
        const width = (b.value / max) * room;
        return (
          <g key={b.key} data-testid={`bar-${b.key}`} data-value={b.value}>
            <text x={0} y={y + BAR_HEIGHT * 0.7} className="bar-label">{t(`dashboard.outcome.${b.key}`)}</text>
            <rect x={LABEL_WIDTH} y={y} width={Math.max(width, 1)} height={BAR_HEIGHT} rx={3} className={`bar bar-${b.tone}`} />
            <text x={LABEL_WIDTH + width + 6} y={y + BAR_HEIGHT * 0.7} className="bar-value">{b.value}</text>
          </g>
        );
      })}
    </svg>
  );
}
