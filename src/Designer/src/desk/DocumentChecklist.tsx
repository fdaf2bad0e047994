import { useTranslation } from "react-i18next";

/** A document handed in at the desk, with the 766 flags: digitised (số hóa), reused (tái sử dụng). */
export interface DeskDocument {
  name: string;
  received: boolean;
  digitised: boolean;
  reused: boolean;
}

/** Thành phần hồ sơ: the procedure's required documents to tick off, plus any other document handed in. */
export function DocumentChecklist({ documents, onChange }: { documents: DeskDocument[]; onChange: (documents: DeskDocument[]) => void }) {
  const { t } = useTranslation();
  const set = (i: number, change: Partial<DeskDocument>) => onChange(documents.map((d, j) => (j === i ? { ...d, ...change } : d)));
  return (
    <fieldset className="fieldset">
      <legend>{t("desk.documents")}</legend>
      <table className="data-table compact" data-testid="desk-documents">
        <thead><tr><th>{t("desk.received")}</th><th>{t("dossier.documentName")}</th><th>{t("dossier.digitised")}</th><th>{t("dossier.reused")}</th><th /></tr></thead>
        <tbody>
          {documents.map((d, i) => (
            <tr key={i}>
              <td><input type="checkbox" checked={d.received} aria-label={`${t("desk.received")}: ${d.name}`} onChange={(e) => set(i, { received: e.target.checked })} /></td>
              <td><input className="wide-input" value={d.name} aria-label={t("dossier.documentName")} onChange={(e) => set(i, { name: e.target.value })} /></td>
              <td><input type="checkbox" checked={d.digitised} disabled={!d.received} aria-label={`${t("dossier.digitised")}: ${d.name}`} onChange={(e) => set(i, { digitised: e.target.checked })} /></td>
              <td><input type="checkbox" checked={d.reused} disabled={!d.received} aria-label={`${t("dossier.reused")}: ${d.name}`} onChange={(e) => set(i, { reused: e.target.checked })} /></td>
              <td><button type="button" className="icon" aria-label={t("common.remove")} onClick={() => onChange(documents.filter((_, j) => j !== i))}>×</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="add-row" onClick={() => onChange([...documents, { name: "", received: true, digitised: true, reused: false }])}>+ {t("desk.addDocument")}</button>
    </fieldset>
  );
}
