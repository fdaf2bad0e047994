import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { command, describeError } from "../api/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { procedureName } from "../catalogue/procedureText";
import { useCatalogue } from "../catalogue/useCatalogue";
import { formatLimit } from "../diagram/format";
import { asArray } from "../model/json";
import { dossierSummary } from "../dossier/schemas";
import { DocumentChecklist, type DeskDocument } from "./DocumentChecklist";

const EMPTY_APPLICANT = { name: "", idNumber: "", phone: "", email: "", address: "" };
const optional = (s: string) => (s.trim() ? s.trim() : undefined);

/** Tiếp nhận hồ sơ: a one-stop officer registers a dossier handed in at the desk (or by post) and issues the slip. */
export function ReceiveForm() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { procedures, isPending } = useCatalogue();
  const [definitionId, setDefinitionId] = useState("");
  const [channel, setChannel] = useState(1);
  const [applicant, setApplicant] = useState(EMPTY_APPLICANT);
  const [byProxy, setByProxy] = useState(false);
  const [proxy, setProxy] = useState({ name: "", idNumber: "", phone: "" });
  const [requestContent, setRequestContent] = useState("");
  const [documents, setDocuments] = useState<DeskDocument[]>([]);
  const [sets, setSets] = useState(1);
  const [delivery, setDelivery] = useState("AtDesk");
  const sorted = [...procedures].sort((a, b) => procedureName(a.procedure, a.name, "vi").localeCompare(procedureName(b.procedure, b.name, "vi"), "vi"));
  const chosen = procedures.find((p) => p.definitionId === definitionId);

  const pick = (id: string) => {
    setDefinitionId(id);
    const p = procedures.find((x) => x.definitionId === id);
    setDocuments(asArray(p?.procedure.requiredDocuments).map((name) => ({ name: String(name), received: true, digitised: true, reused: false })));
  };

  const submit = useMutation({
    mutationFn: () => command("POST", "/api/dossiers", {
      definitionId, channel,
      applicant: { name: applicant.name.trim(), idNumber: applicant.idNumber.trim(), phone: optional(applicant.phone), email: optional(applicant.email), address: optional(applicant.address) },
      proxy: byProxy ? { name: proxy.name.trim(), idNumber: proxy.idNumber.trim(), phone: optional(proxy.phone) } : undefined,
      requestContent: optional(requestContent),
      documents: documents.filter((d) => d.received && d.name.trim()).map((d) => ({ name: d.name.trim(), digitised: d.digitised, reused: d.reused })),
      setsReceived: sets,
      resultDelivery: delivery,
    }, { schema: dossierSummary }),
    onSuccess: (summary) => {
      void client.invalidateQueries({ queryKey: ["inbox"] });
      if (summary) void navigate(`/dossiers/${summary.id}/slip`);
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit.mutate();
  };
  const who = (key: keyof typeof EMPTY_APPLICANT, label: string, props: Record<string, unknown> = {}) => (
    <label className="field">
      <span>{label}{props.required ? <span className="required"> *</span> : null}</span>
      <input id={`applicant-${key}`} value={applicant[key]} onChange={(e) => setApplicant({ ...applicant, [key]: e.target.value })} {...props} />
    </label>
  );

  return (
    <main className="page desk">
      <header className="page-head">
        <h1>{t("desk.title")}</h1>
        <p className="lead">{t("desk.lead")}</p>
      </header>
      <form className="card receive-form" onSubmit={onSubmit} aria-label={t("desk.title")}>
        <div className="form-grid">
          <label className="field span-2">
            <span>{t("desk.procedure")}<span className="required"> *</span></span>
            <select id="procedure" value={definitionId} onChange={(e) => pick(e.target.value)} required disabled={isPending}>
              <option value="">{isPending ? t("common.loading") : t("desk.chooseProcedure")}</option>
              {sorted.map((p) => <option key={p.definitionId} value={p.definitionId}>{procedureName(p.procedure, p.name, i18n.language)}</option>)}
            </select>
            {chosen && <span className="hint">{t("catalogue.limit")}: {formatLimit(chosen.procedure.legalLimit, t, i18n.language)}</span>}
          </label>
          <label className="field">
            <span>{t("desk.channel")}</span>
            <select id="channel" value={channel} onChange={(e) => setChannel(Number(e.target.value))}>
              <option value={1}>{t("channels.1")}</option>
              <option value={3}>{t("channels.3")}</option>
            </select>
          </label>
        </div>
        <fieldset className="fieldset">
          <legend>{t("dossier.applicant")}</legend>
          <div className="form-grid">
            {who("name", t("dossier.applicantName"), { required: true, autoComplete: "off" })}
            {who("idNumber", t("dossier.idNumber"), { required: true, inputMode: "numeric", autoComplete: "off" })}
            {who("phone", t("dossier.phone"), { type: "tel" })}
            {who("email", t("dossier.email"), { type: "email" })}
            <div className="span-2">{who("address", t("dossier.address"))}</div>
          </div>
          <label className="check"><input type="checkbox" checked={byProxy} onChange={(e) => setByProxy(e.target.checked)} />{t("desk.byProxy")}</label>
          {byProxy && (
            <div className="form-grid">
              <label className="field"><span>{t("desk.proxyName")}<span className="required"> *</span></span><input id="proxy-name" required value={proxy.name} onChange={(e) => setProxy({ ...proxy, name: e.target.value })} /></label>
              <label className="field"><span>{t("dossier.idNumber")}<span className="required"> *</span></span><input id="proxy-id" required value={proxy.idNumber} onChange={(e) => setProxy({ ...proxy, idNumber: e.target.value })} /></label>
              <label className="field"><span>{t("dossier.phone")}</span><input id="proxy-phone" value={proxy.phone} onChange={(e) => setProxy({ ...proxy, phone: e.target.value })} /></label>
            </div>
          )}
          <label className="field"><span>{t("dossier.request")}</span>
            <textarea id="request-content" className="prose" rows={2} value={requestContent} onChange={(e) => setRequestContent(e.target.value)} />
          </label>
        </fieldset>
        {definitionId && <DocumentChecklist documents={documents} onChange={setDocuments} />}
        <div className="form-grid">
          <label className="field"><span>{t("desk.sets")}</span><input id="sets" type="number" min={1} value={sets} onChange={(e) => setSets(Math.max(1, Number(e.target.value) || 1))} /></label>
          <label className="field"><span>{t("desk.delivery")}</span>
            <select id="delivery" value={delivery} onChange={(e) => setDelivery(e.target.value)}>
              {["AtDesk", "ByPost", "Electronic"].map((v) => <option key={v} value={v}>{t(`delivery.${v}`)}</option>)}
            </select>
          </label>
        </div>
        {submit.error && <p className="error-text" role="alert" data-testid="receive-error">{describeError(submit.error)}</p>}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={submit.isPending || !definitionId} data-testid="receive-submit">
            {submit.isPending ? t("desk.receiving") : t("desk.receive")}
          </button>
        </div>
      </form>
    </main>
  );
}
