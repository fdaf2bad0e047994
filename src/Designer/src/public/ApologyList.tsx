import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { describeError, getJson } from "../api/client";
import { formatDate, formatInstant } from "../office/format";

const publicApology = z.looseObject({
  apologyId: z.union([z.number(), z.string()]).transform(String),
  dossierCode: z.string(),
  procedureName: z.string().nullish(),
  agencyEId: z.string(),
  agencyName: z.string().nullish(),
  number: z.string().nullish(),
  issuedAt: z.string().nullish(),
  originalAppointmentAt: z.string().nullish(),
  newReturnAt: z.string().nullish(),
  reason: z.string().nullish(),
});

/** Văn bản xin lỗi: the issued apology letters for late dossiers, made public, newest first; no applicant data. */
export function ApologyList() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const list = useQuery({ queryKey: ["public", "apologies"], queryFn: () => getJson("/api/public/apologies", z.array(publicApology)) });
  const rows = list.data ?? [];
  return (
    <main className="page apologies">
      <header className="page-head">
        <h1>{t("apologies.title")}</h1>
        <p className="lead">{t("apologies.lead")}</p>
      </header>
      {list.isPending && <p className="page-message">{t("common.loading")}</p>}
      {list.error && <p className="error-text" role="alert">{describeError(list.error)}</p>}
      {list.data && rows.length === 0 && <p className="empty" data-testid="apologies-empty">{t("apologies.empty")}</p>}
      {rows.length > 0 && (
        <table className="data-table compact" data-testid="apologies">
          <thead>
            <tr><th>{t("dossier.code")}</th><th>{t("apologies.procedure")}</th><th>{t("apologies.agency")}</th><th>{t("apologies.number")}</th>
              <th>{t("apologies.issuedAt")}</th><th>{t("apologies.originalAppointmentAt")}</th><th>{t("apologies.newReturnAt")}</th><th>{t("apologies.reason")}</th></tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.apologyId} data-testid="apology-row">
                <td><code>{a.dossierCode}</code></td><td>{a.procedureName}</td><td>{a.agencyName ?? a.agencyEId}</td><td>{a.number}</td>
                <td>{formatDate(a.issuedAt, lang)}</td><td>{formatInstant(a.originalAppointmentAt, lang)}</td>
                <td>{formatInstant(a.newReturnAt, lang)}</td><td>{a.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
