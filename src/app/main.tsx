import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { afterStrings, chooseUiLanguage, loadStrings } from '../i18n/translate';
import { activeEditor } from '../store/activeEditor';
import { useAppStore } from '../store/appStore';
import { EditorProvider } from '../store/editorContext';
import { App } from './App';
import type { CrashServices } from './ErrorBoundary';
import { guardLeaving } from '../store/files/leaveGuard';
import { snapshotLocalStorage } from '../store/library/snapshot';
import { startUp } from './startup';
import { whenIdle } from '../canvas/lazyPart';
import { loadLaterParts } from '../store/laterParts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// What localStorage held before start-up writes anything: the library migrates it (issue 16).
const stored = snapshotLocalStorage();

// Filled in once autosave runs: a crash flushes the pending write before showing its message.
const crash: CrashServices = { flushAutosave: () => {} };
const languages = navigator.languages ?? [navigator.language];
const uiLang = chooseUiLanguage(window.location.search, languages);

/**
 * Only the interface language's start-up strings are loaded (issue 15), before the first render (the
 * rest follow with the lazily loaded UI that uses them: canvas/lazyPart.ts), and the
 * store has that language from the start: the first frame is already in the right language. If
 * the table cannot load, the app still starts (translate falls back to what is loaded).
 */
async function main() {
  await loadStrings(uiLang, 'startup').catch(() => loadStrings(uiLang === 'zh' ? 'en' : 'zh', 'startup')).catch(() => {});
  useAppStore.getState().setUiLang(uiLang);
  createRoot(root!).render(
    <StrictMode>
      <EditorProvider editor={activeEditor()}>
        <App crash={crash} />
      </EditorProvider>
    </StrictMode>,
  );
  guardLeaving();
  const binding = await startUp(window.location, languages);
  crash.flushAutosave = () => binding.autosaver.flush();
  // A live-session link (#live=…) and the offline copy's updates: code loaded after start-up (issue 15).
  void afterStrings(() => import('./liveLink')).then((m) => m.watchLiveLinks(binding));
  // After the model is open: nothing in the library can delay or break start-up.
  void afterStrings(() => import('../store/library/sync')).then((m) => m.startLibrarySync(stored));
  // The rest of the strings, and the panels, menus and inspectors that were not on screen at first
  // paint (issue 15): each lazy part also waits for the strings itself.
  whenIdle(() => void loadLaterParts());
  void afterStrings(() => import('./serviceWorker')).then((m) => m.registerServiceWorker(() => binding.autosaver.flush()));
}

void main();
