import { ReactFlowProvider } from "@xyflow/react";
import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router";
import { describeError } from "../api/client";
import { useActivities, useDefinition } from "../api/queries";
import { Workspace } from "./Workspace";

/** /designer (a new procedure) and /designer/:definitionId (its latest version, or ?version=N). */
export function DesignerPage() {
  const { t } = useTranslation();
  const { definitionId } = useParams();
  const [params] = useSearchParams();
  const version = params.get("version") ? Number(params.get("version")) : undefined;
  const activities = useActivities();
  const detail = useDefinition(definitionId, version);

  if (activities.isError) return <div className="page-message error-text">{t("designer.catalogueError")}: {describeError(activities.error)}</div>;
  if (definitionId && detail.isError) return <div className="page-message error-text">{t("designer.loadError")}: {describeError(detail.error)}</div>;
  if (activities.isPending || (definitionId && detail.isPending)) return <div className="page-message">{t("common.loading")}</div>;

  const loaded = definitionId ? detail.data : undefined;
  const key = loaded ? `${loaded.definitionId}@${loaded.version}` : "new";
  return (
    <ReactFlowProvider key={key}>
      <Workspace descriptors={activities.data} loaded={loaded} />
    </ReactFlowProvider>
  );
}
