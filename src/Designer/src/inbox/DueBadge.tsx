import { useTranslation } from "react-i18next";
import { formatInstant } from "../office/format";

/** A due instant in its colour: green on time, yellow near due (< 24 h), red overdue. */
export function DueBadge({ at, state }: { at: string | null | undefined; state: string }) {
  const { t, i18n } = useTranslation();
  if (!at) return <span className="muted">—</span>;
  const css = state === "Overdue" ? "due-overdue" : state === "NearDue" ? "due-near" : "due-ontime";
  return (
    <span className={`due ${css}`} data-due={state} title={t(`due.${state}`)}>
      <span className="due-dot" aria-hidden="true" />
      {formatInstant(at, i18n.language)}
      <span className="visually-hidden"> ({t(`due.${state}`)})</span>
    </span>
  );
}
