import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { describeError } from "../api/client";
import { holds } from "./schemas";
import { useSession } from "./session";

/**
 * Pages for officers only: signed-out visitors go to the sign-in page and come back after. With
 * <c>role</c>, the page is for holders of that role (e.g. ProcessDesigner, thiết kế quy trình):
 * another officer is told which role it needs and who is signed in, and may sign in as someone else.
 */
export function RequireOfficer({ children, role }: { children: ReactNode; role?: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  if (session.isPending) return <div className="page-message">{t("common.loading")}</div>;
  if (session.error) return <div className="page-message error-text">{describeError(session.error)}</div>;
  const next = location.pathname + location.search;
  if (!session.data) return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  if (role && !holds(session.data, role)) {
    return (
      <main className="page">
        <div className="card role-refusal" role="alert" data-testid="role-refusal">
          <h1>{t("access.title")}</h1>
          <p>{t(`access.needs.${role}`, { defaultValue: t("access.needsRole", { role }) })}</p>
          <p className="muted">{t("auth.signedInAs", { name: session.data.fullName })}</p>
        </div>
      </main>
    );
  }
  return <>{children}</>;
}
