import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { describeError } from "../api/client";
import { useActivities, useOrganisation } from "../api/queries";
import { formatLimit } from "../diagram/format";
import { ReadOnlyDiagram } from "../diagram/ReadOnlyDiagram";
import { asArray, asString } from "../model/json";
import { Timeline } from "../timeline/Timeline";
import { channelsText, feesText, levelText, procedureName } from "./procedureText";
import { useCatalogue } from "./useCatalogue";

/** One published procedure: what to bring, how long, what it costs, where to file, and its internal process. */
export function ProcedureDetail() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { definitionId } = useParams();
  const { procedures, isPending, error } = useCatalogue();
  const activities = useActivities();
  const organisation = useOrganisation().data;
  const byType = useMemo(() => new Map((activities.data ?? []).map((d) => [d.type, d])), [activities.data]);
  const item = procedures.find((p) => p.definitionId === definitionId);

  if (error) return <main className="page"><p className="error-text">{describeError(error)}</p></main>;
  if (isPending) return <main className="page"><p className="muted">{t("common.loading")}</p></main>;
  if (!item) return <main className="page"><p>{t("catalogue.notFound")}</p><Link to="/procedures">← {t("catalogue.back")}</Link></main>;

  const p = item.procedure;
  const province = organisation?.province.name ?? "";
  const where = p.locationIndependent === true
    ? t("catalogue.anywhere", { count: organisation?.communes ?? 0, province })
    : p.competentLevel === "Province" ? t("catalogue.provinceCentre", { province }) : t("catalogue.communeCentre");
  const list = (key: string) => asArray(p[key]).map(String);

  return (
    <main className="page procedure-detail" data-testid="procedure-detail">
      <Link to="/procedures">← {t("catalogue.back")}</Link>
      <header className="page-head">
        <div className="eyebrow"><code>{asString(p.code) ?? "—"}</code> · {asString(p.field) ?? ""}</div>
        <h1>{procedureName(p, item.name, lang)}</h1>
      </header>
      <dl className="facts">
        <div><dt>{t("catalogue.level")}</dt><dd>{levelText(p, t)}</dd></div>
        <div><dt>{t("catalogue.limit")}</dt><dd>{formatLimit(p.legalLimit, t, lang)}</dd></div>
        <div><dt>{t("catalogue.fees")}</dt><dd>{feesText(p, t, lang)}</dd></div>
        <div><dt>{t("catalogue.channels")}</dt><dd>{channelsText(p, t)}</dd></div>
        <div className="wide"><dt>{t("catalogue.where")}</dt><dd data-testid="where">{where}</dd></div>
      </dl>
      <section className="two-columns">
        <div>
          <h2>{t("catalogue.documents")}</h2>
          {list("requiredDocuments").length ? <ol>{list("requiredDocuments").map((d) => <li key={d}>{d}</li>)}</ol> : <p className="muted">{t("catalogue.unknown")}</p>}
        </div>
        <div>
          <h2>{t("catalogue.legalBasis")}</h2>
          {list("legalBasis").length ? <ul>{list("legalBasis").map((d) => <li key={d}>{d}</li>)}</ul> : <p className="muted">{t("catalogue.unknown")}</p>}
        </div>
      </section>
      <h2>{t("catalogue.diagram")}</h2>
      <p className="hint">{t("catalogue.diagramHint", { version: item.version })}</p>
      <ReadOnlyDiagram doc={item.definition} descriptors={byType} label={t("catalogue.diagram")} />
      <Timeline doc={item.definition} descriptors={byType} />
    </main>
  );
}
