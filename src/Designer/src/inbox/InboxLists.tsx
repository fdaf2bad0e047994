import { useTranslation } from "react-i18next";
import { INBOX_LISTS, type InboxList } from "./schemas";

/** The list of apologies this officer must sign (cần xin lỗi), beside the engine's dossier lists. */
export const APOLOGIES_OWED = "ApologiesOwed";

/** The lists with their counters; near-due and overdue counters carry their colour when not zero. */
export function InboxLists({ current, counters, onPick, apologiesOwed, onApologies }: {
  current: InboxList | typeof APOLOGIES_OWED; counters: Record<string, number>; onPick: (list: InboxList) => void;
  /** Văn bản xin lỗi chờ ký: how many apologies the officer's post must sign. */
  apologiesOwed: number; onApologies: () => void;
}) {
  const { t } = useTranslation();
  const apologies = current === APOLOGIES_OWED;
  return (
    <nav className="inbox-lists" aria-label={t("inbox.lists")}>
      <ul>
        {INBOX_LISTS.map((list) => {
          const count = counters[list] ?? 0;
          const tone = count > 0 && list === "Overdue" ? "count-overdue" : count > 0 && list === "NearDue" ? "count-near" : "";
          return (
            <li key={list}>
              <button type="button" className={list === current ? "active" : ""} aria-current={list === current ? "page" : undefined}
                data-testid={`list-${list}`} onClick={() => onPick(list)}>
                <span>{t(`inbox.list.${list}`)}</span>
                <span className={`count ${tone}`} data-testid={`count-${list}`}>{count}</span>
              </button>
            </li>
          );
        })}
        <li className="list-separator">
          <button type="button" className={apologies ? "active" : ""} aria-current={apologies ? "page" : undefined} data-testid={`list-${APOLOGIES_OWED}`} onClick={onApologies}>
            <span>{t("apology.owedList")}</span>
            <span className={`count ${apologiesOwed > 0 ? "count-overdue" : ""}`} data-testid={`count-${APOLOGIES_OWED}`}>{apologiesOwed}</span>
          </button>
        </li>
      </ul>
    </nav>
  );
}
