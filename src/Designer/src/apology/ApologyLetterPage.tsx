import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { describeError } from "../api/client";
import { formatSlipInstant } from "../office/format";
import type { ApologyLetter } from "./schemas";
import { useApologyLetter } from "./useApologies";
import { vietnamDay } from "./workingDays";

/** "Hòa Phú, ngày 25 tháng 11 năm 2026" — the place-and-date line of an administrative document. */
function placeAndDate(letter: ApologyLetter, t: (key: string, o?: Record<string, unknown>) => string): string {
  const place = (letter.place ?? "").replace(/^(Xã|Phường|Thị trấn|Tỉnh|Thành phố)\s+/i, "");
  if (!letter.issuedAt) return t("letter.undated", { place: place || "……" });
  const [year, month, day] = vietnamDay(letter.issuedAt).split("-");
  return t("letter.dated", { place: place || "……", day, month, year });
}

/**
 * Văn bản xin lỗi và hẹn lại ngày trả kết quả, laid out as the administrative form (DOMAIN.md §3):
 * issuing body and number, the national motto, place and date, title, addressee, the dossier and
 * the appointment not met, the reason, the apology, the new return date, and the signature block.
 * Printed on A4 without the application around it; while owed it reads as a draft (dự thảo).
 */
export function ApologyLetterPage() {
  const { t } = useTranslation();
  const { dossierId = "", apologyId = "" } = useParams();
  const query = useApologyLetter(dossierId, apologyId);
  const letter = query.data;
  const back = <Link to={`/dossiers/${dossierId}`}>← {t("slip.back")}</Link>;
  if (query.error) return <main className="page"><p className="error-text" role="alert">{describeError(query.error)}</p>{back}</main>;
  if (!letter) return <main className="page"><p className="muted">{t("common.loading")}</p></main>;
  const draft = letter.status !== "Issued";
  const at = (value: string | null | undefined) => formatSlipInstant(value, t);
  return (
    <main className="page slip-page">
      <div className="no-print slip-tools">
        {back}
        <button type="button" className="primary" onClick={() => window.print()} data-testid="letter-print">{t("letter.print")}</button>
        <span className="muted small">{letter.form}</span>
      </div>
      <article className={`slip letter ${draft ? "draft" : ""}`} data-testid="apology-letter" data-status={letter.status}>
        {draft && <div className="draft-mark" aria-hidden="true">{t("letter.draftMark")}</div>}
        <header className="slip-head">
          <div className="slip-issuer">
            <div className="upper strong">{letter.issuingBody}</div>
            <div className="rule" />
            <div data-testid="letter-number">{t("letter.number", { number: letter.number ?? "……/PXL" })}</div>
          </div>
          <div className="slip-motto">
            <div className="upper strong">Cộng hòa xã hội chủ nghĩa Việt Nam</div>
            <div className="strong">Độc lập - Tự do - Hạnh phúc</div>
            <div className="rule" />
            <div className="italic" data-testid="letter-date">{placeAndDate(letter, t)}</div>
          </div>
        </header>
        <h1 className="slip-title">{t("letter.title")}</h1>
        <p className="center letter-to">{t("letter.to", { name: letter.addressee })}</p>
        <p className="indent">
          {t("letter.received", { body: letter.receivingBody, at: at(letter.receivedAt), name: letter.applicantName, id: letter.applicantIdNumber, procedure: letter.procedureName ?? "" })}
        </p>
        <p className="indent">{t("letter.code")}: <strong data-testid="letter-code">{letter.dossierCode}</strong>.</p>
        <p className="indent">{t("letter.original", { at: at(letter.originalAppointmentAt) })}</p>
        <p className="indent">{t("letter.notMet", { body: letter.issuingBody })}</p>
        <p className="indent">{t("letter.reason")}: <span data-testid="letter-reason">{letter.reason ?? "……"}</span></p>
        <p className="indent">{t("letter.apology", { body: letter.issuingBody })}</p>
        <p className="indent">
          {letter.newReturnAt
            ? <>{t("letter.newDate", { body: letter.issuingBody })} <strong data-testid="letter-new-date">{at(letter.newReturnAt)}</strong>.</>
            : t("letter.noNewDate")}
        </p>
        <p className="indent">{t("letter.understanding")}</p>
        <footer className="letter-foot">
          <div className="letter-recipients">
            <div className="strong italic">{t("letter.recipients")}</div>
            <div>- {t("letter.toApplicant")}</div>
            <div>- {t("letter.toDesk", { body: letter.receivingBody })}</div>
            <div>- {t("letter.archive")}</div>
          </div>
          <div className="letter-signature">
            <div className="upper strong">{letter.signerTitle}</div>
            <div className="italic small">{t("letter.signHint")}</div>
            <div className="sign-space" />
            <div className="strong" data-testid="letter-signer">{letter.signerName ?? ""}</div>
          </div>
        </footer>
      </article>
    </main>
  );
}
