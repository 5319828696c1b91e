import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { activeEditor } from '../store/activeEditor';
import { EditorProvider } from '../store/editorContext';
import { App } from './App';
import type { CrashServices } from './ErrorBoundary';
import { watchLiveLinks } from './liveLink';
import { startUp } from './startup';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Filled in once autosave runs: a crash flushes the pending write before showing its message.
const crash: CrashServices = { flushAutosave: () => {} };
createRoot(root).render(
  <StrictMode>
    <EditorProvider editor={activeEditor()}>
      <App crash={crash} />
    </EditorProvider>
  </StrictMode>,
);
void startUp(window.location, navigator.languages ?? [navigator.language]).then((binding) => {
  crash.flushAutosave = () => binding.autosaver.flush();
  watchLiveLinks(binding);
});
