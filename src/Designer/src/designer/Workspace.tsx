import { useReactFlow } from "@xyflow/react";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { describeError, postForResponse, postJson } from "../api/client";
import { useDefinitions, useRoles } from "../api/queries";
import { importResult, type ActivityDescriptor, type DefinitionDetail } from "../api/schemas";
import { DiagramContext } from "../diagram/DiagramContext";
import { autoLayout } from "../diagram/layout";
import { activitiesOf, canonicalize, newDefinition, positionOf, procedureOf, toJsonText } from "../model/document";
import { addActivity, movePositions, removeActivities } from "../model/edits";
import { randomId, type JsonObject } from "../model/json";
import { Timeline } from "../timeline/Timeline";
import { Canvas } from "./Canvas";
import { downloadDefinition, readDefinitionFile } from "./fileIo";
import { IssuesPanel } from "./IssuesPanel";
import { MetadataPanel } from "./MetadataPanel";
import { Palette } from "./Palette";
import { PropertyPanel } from "./PropertyPanel";
import { PublishDialog, type Approval } from "./PublishDialog";
import { useHistory } from "./useHistory";
import { issuesByActivity, useValidation } from "./useValidation";
import { useDesignerKeys } from "./useDesignerKeys";
import { Toolbar } from "./Toolbar";

/** The designer around one document: palette, canvas, properties, timeline, issues, and the document's actions. */
export function Workspace({ descriptors, loaded }: { descriptors: ActivityDescriptor[]; loaded: DefinitionDetail | undefined }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const flow = useReactFlow();
  const initial = useMemo(() => (loaded ? canonicalize(loaded.definition) : newDefinition(t("designer.newName"))), [loaded, t]);
  const history = useHistory(initial);
  const doc = history.doc;
  const [selection, setSelection] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string | undefined>((location.state as { notice?: string } | null)?.notice);
  const [saving, setSaving] = useState(false);
  const [publishOpen, setPublishOpen] = useState(false);
  const [isNew, setIsNew] = useState(!loaded);
  // Bumped by auto-layout: the view is fitted once the new positions have reached the canvas.
  const [laidOut, setLaidOut] = useState(0);
  const validation = useValidation(doc, i18n.language);
  const roles = useRoles().data;
  const summary = useDefinitions().data?.find((s) => s.definitionId === doc.definitionId);
  const byType = useMemo(() => new Map(descriptors.map((d) => [d.type, d])), [descriptors]);
  const issues = useMemo(() => issuesByActivity(validation.issues), [validation.issues]);
  const diagram = useMemo(() => ({ descriptors: byType, roles, issues, readOnly: false }), [byType, roles, issues]);
  useDesignerKeys(history, history.dirty);

  const selectedId = selection.size === 1 ? [...selection][0] : undefined;
  const selected = activitiesOf(doc).find((a) => a.id === selectedId);

  const save = async (): Promise<{ definitionId: string; version: number }> => {
    setSaving(true);
    try {
      const result = await postJson("/api/definitions", toJsonText(doc), importResult);
      history.markSaved(doc);
      await queryClient.invalidateQueries({ queryKey: ["definitions"] });
      await queryClient.invalidateQueries({ queryKey: ["definition", result.definitionId] });
      return result;
    } finally {
      setSaving(false);
    }
  };

  const onSave = () =>
    save().then(
      (r) => navigate(`/designer/${encodeURIComponent(r.definitionId)}`, { state: { notice: t("designer.saved", { version: r.version }) } }),
      (e: unknown) => setNotice(`${t("designer.saveFailed")}: ${describeError(e)}`));

  const onPublish = async (approval: Approval) => {
    let target = { definitionId: String(doc.definitionId), version: loaded?.version ?? 0 };
    if (history.dirty || !loaded) target = await save();
    await postForResponse(`/api/definitions/${encodeURIComponent(target.definitionId)}/versions/${target.version}/publish`, approval);
    await queryClient.invalidateQueries({ queryKey: ["definitions"] });
    await queryClient.invalidateQueries({ queryKey: ["definition", target.definitionId] });
    navigate(`/designer/${encodeURIComponent(target.definitionId)}`, { state: { notice: t("designer.published", { version: target.version }) } });
  };

  const onLayout = async () => {
    const positions = await autoLayout(flow.getNodes(), flow.getEdges());
    history.apply((d) => movePositions(d, positions));
    setLaidOut((n) => n + 1);
  };

  useEffect(() => {
    if (laidOut === 0) return;
    const frame = window.requestAnimationFrame(() => void flow.fitView({ padding: 0.2, maxZoom: 1 }).then(() => setNotice(t("designer.laidOut"))));
    return () => window.cancelAnimationFrame(frame);
  }, [laidOut, flow, t]);

  const onImport = (file: File) =>
    readDefinitionFile(file).then(
      (imported) => {
        history.reset(imported, {});
        setSelection(new Set());
        setIsNew(true);
        setNotice(t("designer.imported", { name: file.name }));
        window.setTimeout(() => void flow.fitView({ padding: 0.2, maxZoom: 1 }), 60);
      },
      () => setNotice(t("designer.importFailed", { name: file.name })));

  const onNew = () => {
    if (loaded) navigate("/designer");
    else {
      history.reset(newDefinition(t("designer.newName")));
      setSelection(new Set());
      setIsNew(true);
    }
  };

  /** Click-to-add: the next free cell of a four-wide grid, then the whole diagram in view. */
  const onAdd = (d: ActivityDescriptor) => {
    const taken = activitiesOf(doc).map(positionOf).filter((p) => p !== undefined);
    let cell = activitiesOf(doc).length;
    const at = (n: number) => ({ x: 80 + (n % 4) * 300, y: 80 + Math.floor(n / 4) * 220 });
    while (taken.some((p) => Math.abs(p.x - at(cell).x) < 260 && Math.abs(p.y - at(cell).y) < 180)) cell++;
    const id = randomId();
    history.apply((current) => addActivity(current, d, at(cell).x, at(cell).y, id));
    setSelection(new Set([id]));
    window.setTimeout(() => void flow.fitView({ padding: 0.15, maxZoom: 1 }), 60);
  };

  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setNotice(undefined), 6000);
    return () => window.clearTimeout(timer);
  }, [notice]);

  const proc: JsonObject = procedureOf(doc);
  const title = String(proc.name ?? doc.name ?? t("designer.newName"));
  return (
    <div className="designer">
      <Toolbar
        history={history} title={title} summary={summary} version={loaded?.version} isPublished={loaded?.isPublished ?? false}
        saving={saving} notice={notice} onNew={onNew} onLayout={() => void onLayout()} onImport={(f) => void onImport(f)}
        onExport={() => downloadDefinition(doc)} onSave={() => void onSave()} onPublish={() => setPublishOpen(true)} />
      <div className="designer-body">
        <Palette descriptors={descriptors} onAdd={onAdd} />
        <DiagramContext.Provider value={diagram}>
          <Canvas history={history} descriptors={byType} selection={selection} onSelection={setSelection} />
        </DiagramContext.Provider>
        {selected ? (
          <PropertyPanel key={String(selected.id)} activity={selected} descriptor={byType.get(String(selected.type))}
            issues={issues.get(String(selected.id)) ?? []} history={history}
            onDelete={() => { history.apply((d) => removeActivities(d, new Set([String(selected.id)]))); setSelection(new Set()); }} />
        ) : (
          <MetadataPanel history={history} isNew={isNew} />
        )}
      </div>
      <div className="designer-bottom">
        <Timeline doc={doc} descriptors={byType} onSelect={(id) => setSelection(new Set([id]))} />
        <IssuesPanel validation={validation} doc={doc} onSelect={(id) => setSelection(new Set([id]))} />
      </div>
      {publishOpen && <PublishDialog version={loaded?.version} dirty={history.dirty} onPublish={onPublish} onClose={() => setPublishOpen(false)} />}
    </div>
  );
}
