import { useTranslation } from "react-i18next";
import { INBOX_LISTS, type InboxList } from "./schemas";

/** The lists with their counters; near-due and overdue counters carry their colour when not zero. */
export function InboxLists({ current, counters, onPick }: { current: InboxList; counters: Record<string, number>; onPick: (list: InboxList) => void }) {
  const { t } = useTranslation();
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
      </ul>
    </nav>
  );
}
