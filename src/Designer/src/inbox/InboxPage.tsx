import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { describeError } from "../api/client";
import { OwedApologies } from "../apology/OwedApologies";
import { useOwedApologies } from "../apology/useApologies";
import { formatDate, formatInstant, statusText } from "../office/format";
import { DueBadge } from "./DueBadge";
import { InboxFilterBar } from "./InboxFilterBar";
import { APOLOGIES_OWED, InboxLists } from "./InboxLists";
import { INBOX_LISTS, type InboxList } from "./schemas";
import { PAGE_SIZE, RETURNED_DAYS, useInbox, type InboxFilters } from "./useInbox";

const KEYS = ["definitionId", "channel", "from", "to", "due", "q", "returnedDays"] as const;

function readFilters(params: URLSearchParams): InboxFilters {
  const list = params.get("list");
  return {
    list: (INBOX_LISTS as readonly string[]).includes(list ?? "") ? (list as InboxList) : "InProcess",
    definitionId: params.get("definitionId") ?? "",
    channel: params.get("channel") ?? "",
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
    due: params.get("due") ?? "",
    q: params.get("q") ?? "",
    returnedDays: params.get("returnedDays") ?? "",
    page: Math.max(1, Number(params.get("page")) || 1),
  };
}

/** Hộp công việc: the officer's lists with counters, filters, and the dossiers with their due colours. */
export function InboxPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const inbox = useInbox(filters);
  const data = inbox.data;
  const apologyView = params.get("list") === APOLOGIES_OWED;
  const owed = useOwedApologies();
  const pages = data ? Math.max(1, Math.ceil(data.total / (data.pageSize || PAGE_SIZE))) : 1;

  const update = (change: Partial<InboxFilters>) => {
    const next = { ...filters, page: 1, ...change };
    const p = new URLSearchParams({ list: next.list });
    for (const key of KEYS) if (next[key]) p.set(key, next[key]);
    if (next.page > 1) p.set("page", String(next.page));
    setParams(p);
  };

  return (
    <main className="inbox">
      <InboxLists current={apologyView ? APOLOGIES_OWED : filters.list} counters={data?.counters ?? {}} onPick={(list) => update({ list })}
        apologiesOwed={owed.data?.length ?? 0} onApologies={() => setParams(new URLSearchParams({ list: APOLOGIES_OWED }))} />
      {apologyView ? <section className="inbox-body" aria-labelledby="inbox-title"><OwedApologies /></section> : (
      <section className="inbox-body" aria-labelledby="inbox-title">
        <header className="inbox-head">
          <h1 id="inbox-title">{t(`inbox.list.${filters.list}`)} {data && <span className="muted">({data.total})</span>}</h1>
          <InboxFilterBar key={filters.q} filters={filters} onChange={update} />
        </header>
        {filters.list === "Returned" && !filters.q.trim() && (
          <p className="muted" data-testid="returned-period">
            {filters.returnedDays === "0" ? (
              <>
                {t("inbox.returnedAll")}{" "}
                <button type="button" className="link" onClick={() => update({ returnedDays: "" })}>{t("inbox.showRecentReturned", { days: RETURNED_DAYS })}</button>
              </>
            ) : data?.returnedSince && (
              <>
                {t("inbox.returnedSince", { date: formatDate(data.returnedSince, lang), days: RETURNED_DAYS })}{" "}
                <button type="button" className="link" onClick={() => update({ returnedDays: "0" })}>{t("inbox.showAllReturned")}</button>
              </>
            )}
          </p>
        )}
        {inbox.error && <p className="error-text">{describeError(inbox.error)}</p>}
        {inbox.isPending && <p className="muted">{t("common.loading")}</p>}
        {data && data.items.length === 0 && <p className="empty" data-testid="inbox-empty">{t("inbox.empty")}</p>}
        {data && data.items.length > 0 && (
          <table className="data-table inbox-table" data-testid="inbox">
            <thead>
              <tr>
                <th>{t("inbox.col.code")}</th><th>{t("inbox.col.procedure")}</th><th>{t("inbox.col.applicant")}</th>
                <th>{t("inbox.col.step")}</th><th>{t("inbox.col.submitted")}</th><th>{t("inbox.col.appointment")}</th>
                <th>{t("inbox.col.stepDue")}</th><th>{t("inbox.col.status")}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((item) => (
                <tr key={`${item.dossierId}-${item.taskId ?? ""}`} data-testid="inbox-row" data-code={item.code} className={`row-${item.dueState}`}>
                  <td><Link to={`/dossiers/${item.dossierId}`}><code>{item.code}</code></Link><div className="muted small">{t(`channels.${item.channel}`)}</div></td>
                  <td>{item.procedureName ?? "—"}<div className="muted small">{item.field}</div></td>
                  <td>{item.applicantName}</td>
                  <td>{item.stepTitle ?? "—"}{item.holder && <div className="muted small">{t("inbox.holder", { name: item.holder })}</div>}</td>
                  <td>{formatInstant(item.submittedAt, lang)}</td>
                  <td>{formatInstant(item.workingDueAt ?? item.appointmentAt, lang)}</td>
                  <td><DueBadge at={item.stepDueAt ?? item.workingDueAt} state={item.dueState} /></td>
                  <td><span className={`status status-${item.status}`}>{statusText(item.status, t)}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {data && data.total > 0 && (
          <nav className="pager" aria-label={t("inbox.paging")}>
            <button type="button" disabled={filters.page <= 1} onClick={() => update({ page: filters.page - 1 })}>← {t("inbox.previous")}</button>
            <span>{t("inbox.pageOf", { page: filters.page, pages, total: data.total })}</span>
            <button type="button" disabled={filters.page >= pages} onClick={() => update({ page: filters.page + 1 })}>{t("inbox.next")} →</button>
          </nav>
        )}
        <p className="legend">
          <span className="due due-ontime"><span className="due-dot" />{t("due.OnTime")}</span>
          <span className="due due-near"><span className="due-dot" />{t("due.NearDue")}</span>
          <span className="due due-overdue"><span className="due-dot" />{t("due.Overdue")}</span>
        </p>
      </section>
      )}
    </main>
  );
}
