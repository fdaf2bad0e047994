import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ApiError, describeError, getJson } from "../api/client";
import { dossierInstants, statusCode } from "../office/codes";
import { formatInstant, statusText } from "../office/format";

const publicStatus = z.looseObject({
  code: z.string(),
  procedureName: z.string().nullish(),
  status: statusCode,
  ...dossierInstants,
});

/** Tra cứu hồ sơ: anyone with the dossier code and the applicant's ID number sees its status and dates — nothing else. */
export function StatusLookup() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [code, setCode] = useState("");
  const [idNumber, setIdNumber] = useState("");
  const lookup = useMutation({
    mutationFn: (q: { code: string; idNumber: string }) =>
      getJson(`/api/public/status?${new URLSearchParams({ code: q.code, idNumber: q.idNumber })}`, publicStatus),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    lookup.mutate({ code: code.trim(), idNumber: idNumber.trim() });
  };
  const notFound = lookup.error instanceof ApiError && lookup.error.status === 404;
  const r = lookup.data;
  const line = (label: string, value: string | null | undefined, testId?: string) => <div><dt>{label}</dt><dd data-testid={testId}>{formatInstant(value, lang)}</dd></div>;

  return (
    <main className="page lookup">
      <header className="page-head">
        <h1>{t("lookup.title")}</h1>
        <p className="lead">{t("lookup.lead")}</p>
      </header>
      <form className="card lookup-form" onSubmit={submit}>
        <label className="field"><span>{t("lookup.code")}</span>
          <input id="lookup-code" value={code} onChange={(e) => setCode(e.target.value)} placeholder="001.01.70.H15-250707-0001" required autoComplete="off" />
        </label>
        <label className="field"><span>{t("lookup.idNumber")}</span>
          <input id="lookup-id" value={idNumber} onChange={(e) => setIdNumber(e.target.value)} required inputMode="numeric" autoComplete="off" />
        </label>
        <button type="submit" className="primary" disabled={lookup.isPending}>{t("lookup.submit")}</button>
      </form>
      {notFound && <p className="card error-text" role="alert" data-testid="lookup-none">{t("lookup.none")}</p>}
      {lookup.error && !notFound && <p className="error-text" role="alert">{describeError(lookup.error)}</p>}
      {r && (
        <section className="card lookup-result" data-testid="lookup-result" aria-live="polite">
          <div className="eyebrow">{t("dossier.code")} <code>{r.code}</code></div>
          <h2>{r.procedureName}</h2>
          <p className={`status big status-${r.status}`} data-testid="lookup-status">{statusText(r.status, t)}</p>
          <dl className="pairs">
            {line(t("dossier.submittedAt"), r.submittedAt)}
            {line(t("dossier.receivedAt"), r.receivedAt)}
            {line(t("dossier.appointmentAt"), r.appointmentAt)}
            {r.workingDueAt && r.workingDueAt !== r.appointmentAt && line(t("dossier.workingDueAt"), r.workingDueAt)}
            {line(t("dossier.finishedAt"), r.finishedAt)}
            {line(t("dossier.returnedAt"), r.returnedAt, "lookup-returned")}
          </dl>
        </section>
      )}
    </main>
  );
}
