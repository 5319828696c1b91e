import { useEffect } from 'react';
import { ReactFlowProvider, useReactFlow, useStoreApi } from '@xyflow/react';
import { Canvas } from '../canvas/Canvas';
import { legendAwarePadding } from '../canvas/fitPadding';
import { provideServices } from '../commands/services';
import { Header } from '../panels/Header';
import { Inspector } from '../panels/inspector/Inspector';
import { Notices } from '../panels/Notices';
import { Palette } from '../panels/Palette';
import { ShortcutsHelp } from '../panels/ShortcutsHelp';
import { useClipboardEvents } from '../panels/useClipboardEvents';
import { useShortcuts } from '../panels/useShortcuts';
import { pickFile } from '../panels/export/pickFile';
import { ToolPanels } from '../panels/ToolPanels';
import { LazyDialogs } from './LazyDialogs';

function Shell() {
  const { fitView } = useReactFlow();
  useShortcuts();
  useClipboardEvents();
  const flow = useStoreApi();
  // "Fit view" (and the frame after Auto layout) keeps the figure clear of the floating legend.
  useEffect(
    () => provideServices({ fitView: () => void fitView({ padding: legendAwarePadding(flow.getState().domNode), duration: 200 }), pickFile }),
    [fitView, flow],
  );
  return (
    <div className="tm-app">
      <Header />
      <main className="tm-main">
        <Palette />
        <ToolPanels />
        <Canvas />
        <Inspector />
        <Notices />
      </main>
      <ShortcutsHelp />
      <LazyDialogs />
    </div>
  );
}

export function App() {
  return (
    <ReactFlowProvider>
      <Shell />
    </ReactFlowProvider>
  );
}
