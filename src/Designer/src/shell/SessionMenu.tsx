import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useSession, useSignOut } from "../auth/session";

/** The signed-in officer (name, unit and agency) with the sign-out button, or the sign-in link. */
export function SessionMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const signOut = useSignOut();
  const officer = session.data;
  if (session.isPending) return <div className="session" />;
  if (!officer) return <div className="session"><Link className="session-link" to="/sign-in">{t("auth.signIn")}</Link></div>;
  return (
    <div className="session" data-testid="session">
      <div className="session-who">
        <div className="session-name" data-testid="session-name">{officer.fullName}</div>
        <div className="session-unit" title={officer.unitName ?? undefined}>{officer.unitName}</div>
        <div className="session-unit">{officer.agencyName}</div>
      </div>
      <button type="button" className="session-out" data-testid="sign-out" disabled={signOut.isPending}
        onClick={() => {
          // Leave the officer's page first, so its guard does not ask to come back to it after the next sign-in.
          void navigate("/sign-in");
          signOut.mutate();
        }}>
        {t("auth.signOut")}
      </button>
    </div>
  );
}
