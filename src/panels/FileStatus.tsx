import { useAppStore } from '../store/appStore';
import { useFileSession } from '../store/files/session';
import { useT } from '../store/hooks';
import './fileStatus.css';

/** The header's file name and unsaved marker (issue 16); nothing while the model has no file. */
export function FileStatus() {
  const t = useT();
  const fileName = useFileSession((s) => s.fileName);
  const savedDoc = useFileSession((s) => s.savedDoc);
  const unsaved = useAppStore((s) => s.doc !== savedDoc);
  if (fileName === null) return null;
  return (
    <span className="tm-file-status" role="status" aria-label={unsaved ? `${t('files.fileLabel', { name: fileName })} · ${t('files.unsaved')}` : t('files.fileLabel', { name: fileName })}>
      <span>{fileName}</span>
      {unsaved && (
        <span className="tm-unsaved" title={t('files.unsaved')}>
          ● {t('files.unsavedMark')}
        </span>
      )}
    </span>
  );
}

/**
 * The window title's prefix: "● name.json — " while there are unsaved changes to the file.
 * It selects whether the model is unsaved, not the model: selecting the model re-rendered the
 * whole header (menus, toolbar, language switches) on every drag frame (issue 15).
 */
export function useTitlePrefix(): string {
  const fileName = useFileSession((s) => s.fileName);
  const savedDoc = useFileSession((s) => s.savedDoc);
  const unsaved = useAppStore((s) => s.doc !== savedDoc);
  if (fileName === null) return '';
  return `${unsaved ? '● ' : ''}${fileName} — `;
}
