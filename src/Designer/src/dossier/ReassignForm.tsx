import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { getJson } from "../api/client";
import { officerPick, type TrackingRow } from "./schemas";

/** Chuyển người xử lý: pick a colleague of the step's unit holding its role. */
export function ReassignForm({ row, self, busy, onReassign }: {
  row: TrackingRow; self: string; busy: boolean; onReassign: (toUserName: string) => void;
}) {
  const { t } = useTranslation();
  const [to, setTo] = useState("");
  const query = new URLSearchParams({ agency: row.agencyEId, unit: row.unitCode, role: row.role });
  const colleagues = useQuery({
    queryKey: ["officers", row.agencyEId, row.unitCode, row.role],
    queryFn: () => getJson(`/api/officers?${query}`, z.array(officerPick)),
    staleTime: 300_000,
  });
  const others = (colleagues.data ?? []).filter((o) => o.userName !== self);
  return (
    <div className="action-block">
      <label className="field">
        <span>{t("actions.reassignTo")}</span>
        <select value={to} onChange={(e) => setTo(e.target.value)} data-testid="reassign-to" disabled={colleagues.isPending}>
          <option value="">{colleagues.isPending ? t("common.loading") : others.length ? t("editors.choose") : t("actions.noColleagues")}</option>
          {others.map((o) => <option key={o.userName} value={o.userName}>{o.fullName} ({o.userName})</option>)}
        </select>
      </label>
      <button type="button" disabled={!to || busy} onClick={() => onReassign(to)}>{t("actions.reassign")}</button>
    </div>
  );
}
