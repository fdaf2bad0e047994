import { useTranslation } from "react-i18next";
import type { Issue } from "../api/schemas";
import { activitiesOf } from "../model/document";
import type { JsonObject } from "../model/json";
import type { ValidationState } from "./useValidation";

/** Every validation issue, errors first; clicking one selects the activity it names. */
export function IssuesPanel({ validation, doc, onSelect }: { validation: ValidationState; doc: JsonObject; onSelect: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const names = new Map(activitiesOf(doc).map((a) => [String(a.id), typeof a.name === "string" ? a.name : String(a.id)]));
  const sorted = [...validation.issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "Error" ? -1 : 1));
  const errors = sorted.filter((i) => i.severity === "Error").length;
  const message = (i: Issue) => (i18n.language === "en" ? i.messageEn : i.messageVi) ?? i.message ?? i.code;
  return (
    <section className="issues" data-testid="issues" aria-label={t("issues.title")}>
      <header className="timeline-head">
        <strong>{t("issues.title")}</strong>
        <span className={validation.failure ? "status-over" : errors ? "status-over" : "status-ok"} data-testid="validity">
          {validation.checking ? t("issues.checking") : validation.failure ? t("issues.unavailable") : errors ? t("issues.errors", { count: errors }) : t("issues.valid")}
        </span>
      </header>
      {validation.failure && <p className="issue error">{validation.failure}</p>}
      <ul>
        {sorted.map((issue, n) => (
          <li key={n} className={issue.severity === "Error" ? "issue error" : "issue warning"}>
            {issue.activityId ? (
              <button type="button" className="link" onClick={() => onSelect(issue.activityId!)}>
                {names.get(issue.activityId) ?? issue.activityId}{issue.field ? ` · ${issue.field}` : ""}
              </button>
            ) : (
              <strong>{t("issues.procedure")}</strong>
            )}
            {": "}{message(issue)}
          </li>
        ))}
      </ul>
    </section>
  );
}
