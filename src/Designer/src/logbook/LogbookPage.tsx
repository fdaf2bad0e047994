import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { z } from "zod";
import { describeError, getJson } from "../api/client";
import { useSession } from "../auth/session";
import { statusCode } from "../office/codes";
import { formatInstant, statusText, vietnamDayStart } from "../office/format";
import { useUnitNames } from "../office/useUnitNames";

const logbookLine = z.looseObject({
  dossierId: z.union([z.number(), z.string()]).transform(String),
  code: z.string(),
  procedureName: z.string().nullish(),
  applicantName: z.string(),
  addressOrPhone: z.string().nullish(),
  competentAgencyEId: z.string(),
  receivedAt: z.string().nullish(),
  appointmentAt: z.string().nullish(),
  returnedAt: z.string().nullish(),
  resultDelivery: z.union([z.string(), z.number()]).nullish(),
  status: statusCode,
});
const logbookPage = z.looseObject({ items: z.array(logbookLine), page: z.number(), pageSize: z.number() });

/** Sổ theo dõi hồ sơ: the agency's dossiers by time received, with the columns of the paper logbook; printable. */
export function LogbookPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const officer = useSession().data;
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [page, setPage] = useState(1);
  const params = new URLSearchParams({ page: String(page) });
  const start = from ? vietnamDayStart(from) : undefined;
  const end = to ? vietnamDayStart(to, 1) : undefined;
  if (start) params.set("from", start);
  if (end) params.set("to", end);
  const query = useQuery({
    queryKey: ["logbook", params.toString()],
    queryFn: () => getJson(`/api/logbook?${params}`, logbookPage),
    placeholderData: keepPreviousData,
  });
  const lines = query.data?.items ?? [];
  const { agencyName } = useUnitNames(lines.map((l) => l.competentAgencyEId));
  const first = ((query.data?.page ?? 1) - 1) * (query.data?.pageSize ?? 100);

  return (
    <main className="page logbook">
      <header className="page-head">
        <h1>{t("logbook.title")}</h1>
        <p className="lead">{officer?.agencyName} · {t("logbook.lead")}</p>
        <div className="filters no-print">
          <label className="inline-label">{t("logbook.from")}<input type="date" value={from} onChange={(e) => { setFrom(e.target.value); setPage(1); }} /></label>
          <label className="inline-label">{t("inbox.to")}<input type="date" value={to} onChange={(e) => { setTo(e.target.value); setPage(1); }} /></label>
          <button type="button" onClick={() => window.print()}>{t("logbook.print")}</button>
        </div>
      </header>
      {query.error && <p className="error-text">{describeError(query.error)}</p>}
      {query.data && lines.length === 0 && <p className="empty">{t("logbook.empty")}</p>}
      {lines.length > 0 && (
        <table className="data-table compact" data-testid="logbook">
          <thead>
            <tr>
              <th>{t("logbook.no")}</th><th>{t("dossier.code")}</th><th>{t("inbox.col.procedure")}</th><th>{t("inbox.col.applicant")}</th>
              <th>{t("logbook.contact")}</th><th>{t("logbook.lead_body")}</th><th>{t("dossier.receivedAt")}</th><th>{t("dossier.appointmentAt")}</th>
              <th>{t("dossier.returnedAt")}</th><th>{t("logbook.how")}</th><th>{t("logbook.signature")}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr key={l.dossierId} data-testid="logbook-row" data-code={l.code}>
                <td>{first + i + 1}</td>
                <td><Link to={`/dossiers/${l.dossierId}`}><code>{l.code}</code></Link><div className="muted small">{statusText(l.status, t)}</div></td>
                <td>{l.procedureName}</td><td>{l.applicantName}</td><td>{l.addressOrPhone}</td><td>{agencyName(l.competentAgencyEId)}</td>
                <td>{formatInstant(l.receivedAt, lang)}</td><td>{formatInstant(l.appointmentAt, lang)}</td>
                <td data-testid="logbook-returned">{formatInstant(l.returnedAt, lang)}</td>
                <td>{l.returnedAt ? t(`delivery.${String(l.resultDelivery ?? "AtDesk")}`) : ""}</td><td className="signature-cell" />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {query.data && (
        <nav className="pager no-print" aria-label={t("inbox.paging")}>
          <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>← {t("inbox.previous")}</button>
          <span>{t("logbook.page", { page })}</span>
          <button type="button" disabled={lines.length < (query.data.pageSize || 100)} onClick={() => setPage(page + 1)}>{t("inbox.next")} →</button>
        </nav>
      )}
    </main>
  );
}
