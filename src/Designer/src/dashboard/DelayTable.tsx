import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { delayLine } from "./schemas";

/** Danh sách đơn vị, cá nhân để xảy ra trễ hạn: one row per unit and officer with late steps. */
export function DelayTable({ lines }: { lines: z.infer<typeof delayLine>[] }) {
  const { t } = useTranslation();
  if (lines.length === 0) return <p className="empty" data-testid="delays-empty">{t("dashboard.delays.none")}</p>;
  return (
    <table className="data-table compact" data-testid="delays">
      <thead>
        <tr><th>{t("dashboard.delays.agency")}</th><th>{t("dashboard.delays.unit")}</th><th>{t("dashboard.delays.officer")}</th>
          <th>{t("dashboard.delays.steps")}</th><th>{t("dashboard.delays.dossiers")}</th></tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={`${l.agencyEId}|${l.unitCode}|${l.officer ?? ""}`} data-testid="delay-row">
            <td>{l.agencyName}</td><td>{l.unitCode}</td><td>{l.officerName ?? l.officer ?? t("dashboard.delays.untaken")}</td>
            <td>{l.lateSteps}</td><td>{l.dossiers}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
