import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useDefinitions } from "../api/queries";
import { DUE_STATES } from "./schemas";
import type { InboxFilters } from "./useInbox";

type Editable = Omit<InboxFilters, "list" | "page">;

/** Lọc và tìm kiếm: procedure, channel, submission dates, due state, and a free search (code, ID number, name). */
export function InboxFilterBar({ filters, onChange }: { filters: InboxFilters; onChange: (change: Partial<Editable>) => void }) {
  const { t } = useTranslation();
  const definitions = useDefinitions().data ?? [];
  const [q, setQ] = useState(filters.q);
  const search = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q });
  };
  const clear = () => {
    setQ("");
    onChange({ definitionId: "", channel: "", from: "", to: "", due: "", q: "", returnedDays: "" });
  };
  return (
    <form className="inbox-filters" onSubmit={search} aria-label={t("inbox.filters")}>
      <input type="search" className="inbox-search" placeholder={t("inbox.search")} aria-label={t("inbox.search")} value={q}
        onChange={(e) => setQ(e.target.value)} data-testid="inbox-search" />
      <button type="submit" className="primary">{t("inbox.find")}</button>
      <button type="button" className="link" onClick={clear}>{t("inbox.clear")}</button>
      <span className="break" />
      <select aria-label={t("inbox.procedure")} value={filters.definitionId} onChange={(e) => onChange({ definitionId: e.target.value })}>
        <option value="">{t("inbox.allProcedures")}</option>
        {definitions.filter((d) => d.publishedVersion != null).map((d) => <option key={d.definitionId} value={d.definitionId}>{d.name}</option>)}
      </select>
      <select aria-label={t("inbox.channel")} value={filters.channel} onChange={(e) => onChange({ channel: e.target.value })}>
        <option value="">{t("inbox.allChannels")}</option>
        {["1", "2", "3"].map((c) => <option key={c} value={c}>{t(`channels.${c}`)}</option>)}
      </select>
      <label className="inline-label">{t("inbox.from")}
        <input type="date" value={filters.from} onChange={(e) => onChange({ from: e.target.value })} />
      </label>
      <label className="inline-label">{t("inbox.to")}
        <input type="date" value={filters.to} onChange={(e) => onChange({ to: e.target.value })} />
      </label>
      <select aria-label={t("inbox.dueState")} value={filters.due} onChange={(e) => onChange({ due: e.target.value })}>
        <option value="">{t("inbox.allDue")}</option>
        {DUE_STATES.map((d) => <option key={d} value={d}>{t(`due.${d}`)}</option>)}
      </select>
    </form>
  );
}
