import { useTranslation } from "react-i18next";
import type { ActivityDescriptor } from "../api/schemas";

export const DRAG_TYPE = "application/x-tthcflow-activity";
const CATEGORY_ORDER = ["Procedure", "Flow", "Branching", "Scheduling", "Primitives"];

/** The activity types of the catalogue, grouped by category: drag one onto the canvas, or click to add it. */
export function Palette({ descriptors, onAdd }: { descriptors: ActivityDescriptor[]; onAdd: (d: ActivityDescriptor) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const placeable = descriptors.filter((d) => !d.isContainer);
  const categories = [...new Set(placeable.map((d) => d.category))].sort(
    (a, b) => (CATEGORY_ORDER.indexOf(a) + 100) % 100 - (CATEGORY_ORDER.indexOf(b) + 100) % 100 || a.localeCompare(b));
  return (
    <nav className="panel palette" aria-label={t("palette.title")} data-testid="palette">
      <h2>{t("palette.title")}</h2>
      <p className="hint">{t("palette.hint")}</p>
      {categories.map((category) => (
        <section key={category}>
          <h3>{t(`categories.${category}`, { defaultValue: category })}</h3>
          {placeable.filter((d) => d.category === category).map((d) => (
            <button
              type="button"
              key={d.type}
              className={`palette-item cat-${category}`}
              draggable
              data-type={d.type}
              title={lang === "en" ? d.description?.en : d.description?.vi}
              onDragStart={(e) => {
                e.dataTransfer.setData(DRAG_TYPE, d.type);
                e.dataTransfer.effectAllowed = "move";
              }}
              onClick={() => onAdd(d)}
            >
              {lang === "en" ? d.displayName.en : d.displayName.vi}
            </button>
          ))}
        </section>
      ))}
    </nav>
  );
}
