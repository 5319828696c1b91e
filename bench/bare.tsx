/**
 * The benchmark's floor: bare React Flow with default nodes, the same graph as the editor gets,
 * controlled the way React Flow's docs show (useState + applyNodeChanges). Not part of the app.
 */
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { applyEdgeChanges, applyNodeChanges, ReactFlow, type Edge, type EdgeChange, type Node, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { bigModel } from '../src/io/export/testing/bigModel';

(window as unknown as { __t0: number }).__t0 = performance.now();
const n = Number(new URLSearchParams(location.search).get('n') ?? 100);
const model = bigModel({ nodes: n, groups: 0, edgesPerNode: 1.5 });
const initialNodes: Node[] = model.nodes.map((m) => ({ id: m.id, position: m.position, data: { label: m.label } }));
const initialEdges: Edge[] = model.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));

function Bare() {
  const [nodes, setNodes] = useState(initialNodes);
  const [edges, setEdges] = useState(initialEdges);
  const onNodesChange = useCallback((c: NodeChange[]) => setNodes((ns) => applyNodeChanges(c, ns)), []);
  const onEdgesChange = useCallback((c: EdgeChange[]) => setEdges((es) => applyEdgeChanges(c, es)), []);
  return <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} fitView minZoom={0.05} />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Bare />
  </StrictMode>,
);
