import { useEffect } from 'react';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { Canvas } from '../canvas/Canvas';
import { provideServices } from '../commands/services';
import { Header } from '../panels/Header';
import { Notices } from '../panels/Notices';
import { useShortcuts } from '../panels/useShortcuts';

function Shell() {
  const { fitView } = useReactFlow();
  useShortcuts();
  useEffect(() => provideServices({ fitView: () => void fitView({ padding: 0.08, duration: 200 }) }), [fitView]);
  return (
    <div className="tm-app">
      <Header />
      <main className="tm-main">
        <Canvas />
        <Notices />
      </main>
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
