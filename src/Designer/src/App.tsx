import { lazy, Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, Route, Routes } from "react-router";
import { RequireOfficer } from "./auth/RequireOfficer";
import { PROCESS_DESIGNER } from "./auth/schemas";
import { SignInPage } from "./auth/SignInPage";
import { CataloguePage } from "./catalogue/CataloguePage";
import { ProcedureDetail } from "./catalogue/ProcedureDetail";
import { AppointmentSlip } from "./desk/AppointmentSlip";
import { ReceiveForm } from "./desk/ReceiveForm";
import { DossierPage } from "./dossier/DossierPage";
import { InboxPage } from "./inbox/InboxPage";
import { LogbookPage } from "./logbook/LogbookPage";
import { ApologyList } from "./public/ApologyList";
import { StatusLookup } from "./public/StatusLookup";
import { Header } from "./shell/Header";
// Officers' apology pages
import { ApologyLetterPage } from "./apology/ApologyLetterPage";

const DesignerPage = lazy(() => import("./designer/DesignerPage").then((m) => ({ default: m.DesignerPage })));
// The dashboard and its charts (ECharts) load when first opened, not with every page.
const DashboardPage = lazy(() => import("./dashboard/DashboardPage").then((m) => ({ default: m.DashboardPage })));

/** The app shell: header and routes. Public pages need no sign-in; officer pages are guarded. */
export function App() {
  const { t } = useTranslation();
  const officer = (page: ReactNode) => <RequireOfficer>{page}</RequireOfficer>;
  const designer = (page: ReactNode) => <RequireOfficer role={PROCESS_DESIGNER}>{page}</RequireOfficer>;
  return (
    <div className="app">
      <Header />
      <div id="main" className="app-main">
        <Suspense fallback={<div className="page-message">{t("common.loading")}</div>}>
          <Routes>
            <Route path="/" element={<Navigate to="/procedures" replace />} />
            <Route path="/procedures" element={<CataloguePage />} />
            <Route path="/procedures/:definitionId" element={<ProcedureDetail />} />
            <Route path="/lookup" element={<StatusLookup />} />
            <Route path="/xin-loi" element={<ApologyList />} />
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/inbox" element={officer(<InboxPage />)} />
            <Route path="/desk" element={officer(<ReceiveForm />)} />
            <Route path="/dashboard" element={officer(<DashboardPage />)} />
            <Route path="/logbook" element={officer(<LogbookPage />)} />
            <Route path="/dossiers/:dossierId" element={officer(<DossierPage />)} />
            <Route path="/dossiers/:dossierId/slip" element={officer(<AppointmentSlip />)} />
            {/* Officers' apology pages: the printable letter (thư xin lỗi) of a dossier */}
            <Route path="/ho-so/:dossierId/thu-xin-loi/:apologyId" element={officer(<ApologyLetterPage />)} />
            <Route path="/designer" element={designer(<DesignerPage />)} />
            <Route path="/designer/:definitionId" element={designer(<DesignerPage />)} />
            <Route path="*" element={<div className="page-message">{t("common.notFound")} <Link to="/procedures">{t("common.home")}</Link></div>} />
          </Routes>
        </Suspense>
      </div>
    </div>
  );
}
