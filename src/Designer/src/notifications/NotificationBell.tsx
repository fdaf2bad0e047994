import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { describeError } from "../api/client";
import { useSession } from "../auth/session";
import { formatInstant } from "../office/format";
import { KIND_TONE, useMarkRead, useNotifications } from "./useNotifications";

/**
 * The bell in the header: the number of unread notifications, and a panel listing near-due, due
 * and overdue escalations and apology requests, each with a link to its dossier and "mark read".
 */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const officer = useSession().data;
  const list = useNotifications(!!officer);
  const markRead = useMarkRead();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => { if (box.current && !box.current.contains(e.target as Node)) setOpen(false); };
    const escape = (e: KeyboardEvent) => { if (e.key === "Escape") setOpen(false); };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", escape);
    return () => { document.removeEventListener("mousedown", close); document.removeEventListener("keydown", escape); };
  }, [open]);
  if (!officer) return null;
  const items = list.data ?? [];
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <div className="bell" ref={box}>
      <button type="button" className={`bell-button ${unread > 0 ? "has-unread" : ""}`} aria-expanded={open} aria-haspopup="dialog"
        aria-label={t("notifications.bell", { count: unread })} title={t("notifications.bell", { count: unread })}
        onClick={() => setOpen(!open)} data-testid="bell">
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" /><path d="M13.7 21a2 2 0 0 1-3.4 0" />
        </svg>
        {unread > 0 && <span className="bell-count" data-testid="bell-count">{unread > 99 ? "99+" : unread}</span>}
      </button>
      {open && (
        <div className="bell-panel" role="dialog" aria-label={t("notifications.title")} data-testid="notifications">
          <div className="bell-head"><strong>{t("notifications.title")}</strong><span className="muted small">{t("notifications.unread", { count: unread })}</span></div>
          {list.error && <p className="error-text">{describeError(list.error)}</p>}
          {markRead.error && <p className="error-text" role="alert">{describeError(markRead.error)}</p>}
          {list.data && items.length === 0 && <p className="muted">{t("notifications.none")}</p>}
          <ul className="plain bell-list">
            {items.map((n) => (
              <li key={n.id} className={`notice-item tone-${KIND_TONE[n.kind] ?? "info"} ${n.readAt ? "read" : "unread"}`} data-testid="notification" data-kind={n.kind} data-read={!!n.readAt}>
                <div className="notice-kind">{t(`notifications.kind.${n.kind}`, { defaultValue: n.kind })}<span className="muted small"> · {formatInstant(n.createdAt, i18n.language)}</span></div>
                <div className="notice-text">{n.text}</div>
                <div className="row">
                  <Link to={`/dossiers/${n.dossierId}`} onClick={() => setOpen(false)} data-testid="notification-link">{t("notifications.open")}</Link>
                  {!n.readAt && (
                    <button type="button" className="link" disabled={markRead.isPending} onClick={() => markRead.mutate(n)} data-testid="mark-read">{t("notifications.markRead")}</button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
