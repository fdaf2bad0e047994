import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { describeError } from "../api/client";
import { ApologySection } from "../apology/ApologySection";
import { isOwed } from "../apology/schemas";
import { useActivities, useDefinition } from "../api/queries";
import { isDeskOfficer } from "../auth/schemas";
import { useSession } from "../auth/session";
import { statusText } from "../office/format";
import { useUnitNames } from "../office/useUnitNames";
import { ApplicantSection } from "./ApplicantSection";
import { DocumentsSection } from "./DocumentsSection";
import { ReassignForm } from "./ReassignForm";
import { ReceiptDecisionForm } from "./ReceiptDecisionForm";
import type { TrackingRow } from "./schemas";
import { StepActions } from "./StepActions";
import { stepOutcomes } from "./stepOutcomes";
import { TrackingSheet } from "./TrackingSheet";
import { isConflict, useDossier, useDossierAction, type DossierAction } from "./useDossier";
import { WhereNow } from "./WhereNow";

/** Trưởng phòng: heads a division and dispatches its steps. */
const UNIT_HEAD = "DivisionHead";

/** The task a failed action was about (its path is /api/tasks/{id}/…), so its refusal shows beside that step's buttons. */
const stepError = (action: DossierAction | undefined) => /^\/api\/tasks\/([^/]+)\//.exec(action?.path ?? "")?.[1];

const isLive = (r: TrackingRow) => !r.completedAt && (r.result === "Pending" || r.result === "Overdue");

/** Chi tiết hồ sơ: applicant, documents, fees, supplements, the tracking sheet, and the actions open to this officer. */
export function DossierPage() {
  const { t } = useTranslation();
  const { dossierId = "" } = useParams();
  const officer = useSession().data;
  const query = useDossier(dossierId);
  const action = useDossierAction(dossierId, query.data?.etag);
  const detail = query.data?.data;
  const d = detail?.dossier;
  const definition = useDefinition(d?.definitionId, d?.definitionVersion ?? undefined).data?.definition;
  const activities = useActivities().data;
  const descriptors = useMemo(() => new Map((activities ?? []).map((a) => [a.type, a])), [activities]);
  const rows = detail?.trackingSheet ?? [];
  const apologies = detail?.apologies ?? [];
  const { unitName, agencyName } = useUnitNames([...rows.map((r) => r.agencyEId), ...apologies.flatMap((a) => [a.agencyEId, a.signerAgencyEId])]);

  if (query.error) return <main className="page"><p className="error-text">{describeError(query.error)}</p><Link to="/inbox">← {t("nav.inbox")}</Link></main>;
  if (!detail || !d || !officer) return <main className="page"><p className="muted">{t("common.loading")}</p></main>;

  const live = rows.filter(isLive);
  const mine = live.filter((r) => r.agencyEId === officer.agencyEId && officer.roles.includes(r.role) && (!officer.unitCode || r.unitCode === officer.unitCode));
  // The head of a unit dispatches its steps (phân công) to the officers holding their role.
  const heads = officer.roles.includes(UNIT_HEAD);
  const dispatch = heads ? live.filter((r) => !mine.includes(r) && r.agencyEId === officer.agencyEId && r.unitCode === officer.unitCode) : [];
  const atDesk = isDeskOfficer(officer) && officer.agencyEId === d.receivingAgencyEId;
  const busy = action.isPending || query.isFetching;
  const run = action.mutate;
  const owed = apologies.filter(isOwed);

  return (
    <main className="page dossier" data-testid="dossier" data-status={d.status}>
      <Link to="/inbox">← {t("nav.inbox")}</Link>
      <header className="page-head dossier-head">
        <div>
          <div className="eyebrow">{t("dossier.code")} <code data-testid="dossier-code">{d.code}</code> · {t(`channels.${d.channel}`)}</div>
          <h1>{d.procedureName ?? d.definitionId}</h1>
          <div className="muted">{d.procedureCode} · {d.field}</div>
        </div>
        <div className="dossier-status">
          <span className={`status status-${d.status}`} data-testid="dossier-status">{statusText(d.status, t)}</span>
          {d.subState && d.subState !== "None" && <div className="muted small">{t(`subState.${d.subState}`, { defaultValue: d.subState })}</div>}
          {d.receivedAt && <Link className="button-link" to={`/dossiers/${d.id}/slip`} data-testid="slip-link">{t("slip.open")}</Link>}
        </div>
      </header>

      <ApologySection apologies={detail.apologies} dossier={d} officer={officer} asOf={detail.asOf} unitName={unitName} busy={busy} run={run} />

      <section className="card now" aria-labelledby="now-title">
        <h2 id="now-title">{t("dossier.now")}</h2>
        {live.length === 0 ? <p className="muted">{t("dossier.noLiveStep")}</p> : (
          <ul className="plain">
            {live.map((r) => <li key={r.taskId} data-testid="live-step"><strong>{r.title ?? r.stepType}</strong> — {unitName(r.agencyEId, r.unitCode)}{r.receivedBy ? ` · ${r.receivedBy}` : ""}</li>)}
          </ul>
        )}
        {action.error && !mine.some((r) => r.taskId === stepError(action.variables)) && (
          <p className="error-text" role="alert" data-testid="action-error">
            {isConflict(action.error) ? `${t("actions.conflict")} ${describeError(action.error)}` : describeError(action.error)}
          </p>
        )}
        {atDesk && d.status === 1 && <ReceiptDecisionForm dossierId={d.id} busy={busy} run={run} />}
        {atDesk && d.status === 5 && (
          <button type="button" className="primary" disabled={busy} data-testid="supplement-received"
            onClick={() => run({ path: `/api/dossiers/${encodeURIComponent(d.id)}/supplement-received` })}>{t("actions.supplementReceived")}</button>
        )}
        {d.status !== 1 && mine.map((r) => (
          <StepActions key={`${r.taskId}-${r.receivedBy ?? ""}`} row={r} outcomes={stepOutcomes(r, definition, descriptors)} officer={officer} busy={busy} run={run}
            error={stepError(action.variables) === r.taskId ? action.error : undefined}
            notice={owed.length > 0 && r.stepType.endsWith("ReturnResult") ? t("apology.returnBlocked") : undefined}
            byPost={d.resultDelivery === "ByPost" || d.resultDelivery === 2} />
        ))}
        {dispatch.map((r) => (
          <div key={`dispatch-${r.taskId}`} className="step-actions" data-testid="dispatch">
            <strong>{t("actions.dispatch", { step: r.title ?? r.stepType })}</strong>
            <ReassignForm row={r} self={officer.userName} busy={busy}
              onReassign={(to) => run({ path: `/api/tasks/${encodeURIComponent(r.taskId)}/reassign`, body: { toUserName: to } })} />
          </div>
        ))}
      </section>

      <WhereNow dossier={d} rows={rows} ledger={detail.ledger} agencyName={agencyName} />

      <div className="dossier-grid">
        <ApplicantSection dossier={d} />
        <DocumentsSection detail={detail} />
      </div>
      <TrackingSheet rows={rows} unitName={unitName} />
    </main>
  );
}
