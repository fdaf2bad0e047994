import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { describeError } from "../api/client";
import { formatLimit } from "../diagram/format";
import { asString } from "../model/json";
import { feesText, levelText, procedureName } from "./procedureText";
import { useCatalogue } from "./useCatalogue";

/** Công khai thủ tục hành chính: the published procedures, searchable, no sign-in. */
export function CataloguePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { procedures, isPending, error } = useCatalogue();
  const [query, setQuery] = useState("");
  const [field, setField] = useState("");
  const fields = useMemo(() => [...new Set(procedures.map((p) => asString(p.procedure.field)).filter((f): f is string => !!f))].sort((a, b) => a.localeCompare(b, "vi")), [procedures]);
  const q = query.trim().toLocaleLowerCase("vi");
  const shown = procedures
    .filter((p) => !field || p.procedure.field === field)
    .filter((p) => !q || [procedureName(p.procedure, p.name, lang), asString(p.procedure.code), asString(p.procedure.field)].some((x) => x?.toLocaleLowerCase("vi").includes(q)))
    .sort((a, b) => (asString(a.procedure.code) ?? a.name).localeCompare(asString(b.procedure.code) ?? b.name));

  return (
    <main className="page catalogue">
      <header className="page-head">
        <h1>{t("catalogue.title")}</h1>
        <p className="lead">{t("catalogue.lead")}</p>
        <div className="filters">
          <input type="search" placeholder={t("catalogue.search")} aria-label={t("catalogue.search")} value={query} onChange={(e) => setQuery(e.target.value)} />
          <select aria-label={t("catalogue.field")} value={field} onChange={(e) => setField(e.target.value)}>
            <option value="">{t("catalogue.allFields")}</option>
            {fields.map((f) => <option key={f} value={f}>{f}</option>)}
          </select>
        </div>
      </header>
      {error && <p className="error-text">{describeError(error)}</p>}
      {isPending && <p className="muted">{t("common.loading")}</p>}
      {!isPending && shown.length === 0 && <p className="muted">{t("catalogue.none")}</p>}
      {!isPending && shown.length > 0 && <table className="catalogue-table" data-testid="catalogue">
        <thead>
          <tr>
            <th>{t("catalogue.code")}</th><th>{t("catalogue.name")}</th><th>{t("catalogue.field")}</th>
            <th>{t("catalogue.level")}</th><th>{t("catalogue.limit")}</th><th>{t("catalogue.fees")}</th><th>{t("catalogue.where")}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <tr key={p.definitionId} data-testid="catalogue-row">
              <td><code>{asString(p.procedure.code) ?? "—"}</code></td>
              <td><Link to={`/procedures/${encodeURIComponent(p.definitionId)}`}>{procedureName(p.procedure, p.name, lang)}</Link></td>
              <td>{asString(p.procedure.field) ?? "—"}</td>
              <td>{levelText(p.procedure, t)}</td>
              <td>{formatLimit(p.procedure.legalLimit, t, lang)}</td>
              <td>{feesText(p.procedure, t, lang)}</td>
              <td>{p.procedure.locationIndependent === true
                ? <span className="pill ok">{t("catalogue.anywhereShort")}</span>
                : <span className="muted">{t("catalogue.competentOnly")}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>}
    </main>
  );
}
