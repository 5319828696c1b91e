import { Suspense, useEffect, type ReactNode } from 'react';
import { ReactFlowProvider, useReactFlow, useStoreApi } from '@xyflow/react';
import { Canvas } from '../canvas/Canvas';
import { legendAwarePadding } from '../canvas/fitPadding';
import { fitNow } from '../canvas/fitNow';
import { lazyPart } from '../canvas/lazyPart';
import { provideServices } from '../commands/services';
import { useAppStore } from '../store/appStore';
import { Header } from '../panels/Header';
import { Inspector } from '../panels/inspector/Inspector';
import { Notices } from '../panels/Notices';
import { Palette } from '../panels/Palette';
import { useClipboardEvents } from '../panels/useClipboardEvents';
import { useShortcuts } from '../panels/useShortcuts';
import { pickFile, pickFiles } from '../panels/export/pickFile';
import { ColumnMappingHost } from '../panels/interop/ColumnMappingHost';
import { ToolPanels } from '../panels/ToolPanels';
import { CrashProbe } from './CrashProbe';
import { CrashContext, ErrorBoundary, type CrashServices } from './ErrorBoundary';
import { LazyDialogs } from './LazyDialogs';

const GLIDE_MAX_NODES = 300;

// Not on screen at first paint: loaded when first opened, or when the page is idle (issue 15).
const ShortcutsHelp = lazyPart(() => import('../panels/ShortcutsHelp'), 'ShortcutsHelp');
const ContextMenu = lazyPart(() => import('../panels/ContextMenu'), 'ContextMenu');

/** Renders a lazily loaded part only while it is shown; nothing while its chunk arrives. */
function Shown({ when, children }: { when: boolean; children: ReactNode }) {
  return when ? <Suspense fallback={null}>{children}</Suspense> : null;
}

function Shell() {
  const helpOpen = useAppStore((s) => s.dialog === 'shortcuts');
  const menuOpen = useAppStore((s) => s.contextMenu !== null);
  const presenting = useAppStore((s) => s.stepView?.mode === 'present');
  const { fitView } = useReactFlow();
  useShortcuts();
  useClipboardEvents();
  const flow = useStoreApi();
  // "Fit view" (and the frame after Auto layout) keeps the figure clear of the floating legend.
  // A large canvas jumps: each frame of the 200 ms glide was a 60–170 ms task at 500 nodes (issue 15).
  useEffect(
    () =>
      provideServices({
        fitView: () => {
          const s = flow.getState();
          const options = { padding: legendAwarePadding(s.domNode), duration: s.nodes.length > GLIDE_MAX_NODES ? 0 : 200 };
          if (!fitNow(s, options)) void fitView(options);
        },
        pickFile,
        pickFiles,
      }),
    [fitView, flow],
  );
  // Each area in its own error boundary (issue 17): a crash in one leaves the others working.
  return (
    <div className={presenting ? 'tm-app is-presenting' : 'tm-app'}>
      <Panel name="header"><Header /></Panel>
      <main className="tm-main">
        <Panel name="palette"><Palette /></Panel>
        <Panel name="tool-panels"><ToolPanels /></Panel>
        <Panel name="canvas"><Canvas /></Panel>
        <Panel name="inspector"><Inspector /></Panel>
        <Panel name="notices"><Notices /></Panel>
      </main>
      <Panel name="shortcuts-help"><Shown when={helpOpen}><ShortcutsHelp /></Shown></Panel>
      <Panel name="context-menu"><Shown when={menuOpen}><ContextMenu /></Shown></Panel>
      <LazyDialogs />
      <ColumnMappingHost />
    </div>
  );
}

const Panel = ({ name, children }: { name: string; children: ReactNode }) => (
  <ErrorBoundary area="panel" name={`panel:${name}`}>
    <CrashProbe where={`panel:${name}`} />
    {children}
  </ErrorBoundary>
);

export function App({ crash }: { crash?: CrashServices }) {
  const app = (
    <ErrorBoundary area="app" name="app">
      <ReactFlowProvider>
        <Shell />
      </ReactFlowProvider>
    </ErrorBoundary>
  );
  return crash ? <CrashContext.Provider value={crash}>{app}</CrashContext.Provider> : app;
}
