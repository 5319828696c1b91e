import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { DESKTOP_DIALOGS } from '../commands/desktopCommands';
import { EXPORT_AS_DIALOG, EXPORT_DIALOG } from '../commands/fileCommands';
import { CONNECT_DIALOG } from '../commands/keyboardCommands';
import { LIVE_DIALOG } from '../commands/liveCommands';
import { MODEL_DIALOGS } from '../commands/modelCommands';
import { EXPORT_PDF_DIALOG } from '../commands/pdfCommands';
import { VOCABULARY_DIALOG } from '../commands/vocabularyCommands';
import { UI_LANGUAGES } from '../i18n/languages';
import { loadStrings } from '../i18n/translate';
import { useAppStore } from '../store/appStore';
import { withStrings } from '../canvas/lazyPart';
import { CrashProbe } from './CrashProbe';
import { ErrorBoundary } from './ErrorBoundary';

/**
 * Dialogs a session may never open are loaded when first opened, not with the page: the image
 * export alone brings the SVG builder and the PNG encoder, the share dialog lz-string (issue 7's
 * initial-bundle goal). Each renders only while its dialog id is the open one, and after the UI
 * language's later strings are there (issue 15).
 */
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): LazyExoticComponent<ComponentType> =>
  lazy(() => Promise.all([load(), withStrings()]).then(([m]) => ({ default: m[name] })));

const dialogs: { ids: readonly string[]; Component: LazyExoticComponent<ComponentType> }[] = [
  // The figure's own words (its legend heading) follow the diagram language, which may not be the
  // UI's: the export dialog comes with every UI language's strings (only the UI's load at start).
  {
    ids: [EXPORT_DIALOG.png, EXPORT_DIALOG.svg, EXPORT_PDF_DIALOG],
    Component: named(() => Promise.all([import('../panels/export/ExportDialog'), ...UI_LANGUAGES.map((lang) => loadStrings(lang))]).then(([m]) => m), 'ExportDialog'),
  },
  { ids: [MODEL_DIALOGS.gallery], Component: named(() => import('../panels/gallery/ExamplesDialog'), 'ExamplesDialog') },
  { ids: [MODEL_DIALOGS.adapt], Component: named(() => import('../panels/adapt/AdaptDialog'), 'AdaptDialog') },
  { ids: [MODEL_DIALOGS.saveTemplate], Component: named(() => import('../panels/adapt/SaveTemplateDialog'), 'SaveTemplateDialog') },
  { ids: [MODEL_DIALOGS.share], Component: named(() => import('../panels/share/ShareDialog'), 'ShareDialog') },
  { ids: [LIVE_DIALOG], Component: named(() => import('../panels/live/LiveDialog'), 'LiveDialog') },
  { ids: [VOCABULARY_DIALOG], Component: named(() => import('../panels/vocabulary/VocabularyDialog'), 'VocabularyDialog') },
  { ids: [EXPORT_AS_DIALOG], Component: named(() => import('../panels/interop/ExportAsDialog'), 'ExportAsDialog') },
  { ids: [DESKTOP_DIALOGS.library], Component: named(() => import('../panels/library/LibraryDialog'), 'LibraryDialog') },
  { ids: [CONNECT_DIALOG], Component: named(() => import('../panels/connect/ConnectDialog'), 'ConnectDialog') },
  { ids: [DESKTOP_DIALOGS.saveVersion], Component: named(() => import('../panels/library/SaveVersionDialog'), 'SaveVersionDialog') },
];

export function LazyDialogs() {
  const open = useAppStore((s) => s.dialog);
  const entry = dialogs.find((d) => open !== null && d.ids.includes(open));
  if (!entry || open === null) return null;
  // A crash inside a dialog shows a message in its place; "Continue" closes the dialog (issue 17).
  return (
    <ErrorBoundary key={open} area="dialog" name={`dialog:${open}`} onContinue={() => useAppStore.getState().setDialog(null)}>
      <Suspense fallback={null}>
        <CrashProbe where={`dialog:${open}`} />
        <entry.Component />
      </Suspense>
    </ErrorBoundary>
  );
}
