import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { describeError } from "../api/client";
import { useSession } from "./session";

/** Pages for officers only: signed-out visitors go to the sign-in page and come back after. */
export function RequireOfficer({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  if (session.isPending) return <div className="page-message">{t("common.loading")}</div>;
  if (session.error) return <div className="page-message error-text">{describeError(session.error)}</div>;
  if (!session.data) {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
