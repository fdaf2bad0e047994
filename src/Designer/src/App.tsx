import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, Route, Routes } from "react-router";
import { CataloguePage } from "./catalogue/CataloguePage";
import { ProcedureDetail } from "./catalogue/ProcedureDetail";
import { Header } from "./shell/Header";

const DesignerPage = lazy(() => import("./designer/DesignerPage").then((m) => ({ default: m.DesignerPage })));

/** The app shell: header and routes. New areas (inbox, dashboard) add a route and a header link. */
export function App() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <Header />
      <div id="main" className="app-main">
        <Suspense fallback={<div className="page-message">{t("common.loading")}</div>}>
          <Routes>
            <Route path="/" element={<Navigate to="/procedures" replace />} />
            <Route path="/procedures" element={<CataloguePage />} />
            <Route path="/procedures/:definitionId" element={<ProcedureDetail />} />
            <Route path="/designer" element={<DesignerPage />} />
            <Route path="/designer/:definitionId" element={<DesignerPage />} />
            <Route path="*" element={<div className="page-message">{t("common.notFound")} <Link to="/procedures">{t("common.home")}</Link></div>} />
          </Routes>
        </Suspense>
      </div>
    </div>
  );
}
