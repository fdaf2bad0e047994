import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { isDeskOfficer } from "../auth/schemas";
import { useSession } from "../auth/session";
import { LANGUAGES } from "../i18n";
import { SessionMenu } from "./SessionMenu";
import { NotificationBell } from "../notifications/NotificationBell";

/** The header: product name, the pages that exist (officer pages once signed in), the session and the language switch. */
export function Header() {
  const { t, i18n } = useTranslation();
  const officer = useSession().data;
  return (
    <header className="app-header">
      <a className="skip" href="#main">{t("app.skip")}</a>
      <div className="brand">
        <span className="emblem" aria-hidden="true">★</span>
        <div>
          <div className="brand-name">{t("app.name")}</div>
          <div className="brand-tagline">{t("app.tagline")}</div>
        </div>
      </div>
      <nav className="main-nav" aria-label="main">
        <NavLink to="/procedures">{t("nav.catalogue")}</NavLink>
        <NavLink to="/lookup">{t("nav.lookup")}</NavLink>
        <NavLink to="/xin-loi">{t("nav.apologies")}</NavLink>
        {officer && <NavLink to="/inbox">{t("nav.inbox")}</NavLink>}
        {officer && <NavLink to="/dashboard">{t("nav.dashboard")}</NavLink>}
        {isDeskOfficer(officer) && <NavLink to="/desk">{t("nav.desk")}</NavLink>}
        {isDeskOfficer(officer) && <NavLink to="/logbook">{t("nav.logbook")}</NavLink>}
        <NavLink to="/designer">{t("nav.designer")}</NavLink>
      </nav>
      {/* Officers' notifications */}
      <NotificationBell />
      <SessionMenu />
      <div className="language" role="group" aria-label={t("nav.language")}>
        {LANGUAGES.map((lng) => (
          <button key={lng} type="button" className={i18n.language === lng ? "active" : ""} aria-pressed={i18n.language === lng}
            onClick={() => void i18n.changeLanguage(lng)} data-testid={`lang-${lng}`}>
            {lng === "vi" ? "Tiếng Việt" : "English"}
          </button>
        ))}
      </div>
    </header>
  );
}
