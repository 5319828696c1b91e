import { useEffect, useMemo, useState } from 'react';
import { Background, BackgroundVariant, ConnectionMode, Controls, Panel, ReactFlow, useStore, type EdgeTypes, type Node, type NodeTypes, type ReactFlowState } from '@xyflow/react';
import type { FlowNode, RelationFlowEdge } from '../io/flow';
import { useAppStore } from '../store/appStore';
import { routesFresh } from '../store/routeSlice';
import { applyEdgeChanges, endGesture, setPanning } from '../store/flowChanges';
import { installRoomMaking } from '../store/roomMaking';
import { useT } from '../store/hooks';
import { ariaLabelConfig } from './ariaLabels';
import { EdgeChromeProvider } from './edges/edgeChrome';
import { Markers } from './edges/Markers';
import { RelationEdge } from './edges/RelationEdge';
import { useRouting } from './edges/useRouting';
import { connectHandlers } from './connectHandlers';
import { canvasNodeHandlers } from './dragHandlers';
import { RelationPicker } from './RelationPicker';
import { useArrowKeys } from './useArrowKeys';
import { useContextMenu } from './useContextMenu';
import { useEdgeKeys } from './useEdgeKeys';
import { useCanvasServices } from './useCanvasServices';
import { AlignmentGuides } from './AlignmentGuides';
import { FocusBarHost } from './FocusBarHost';
import { Legend } from './Legend';
import { LivePresence } from './LivePresence';
import { PresentationOverlay } from './presentation/PresentationOverlay';
import { useStepCamera } from './presentation/useStepCamera';
import { useStepExport } from './presentation/useStepExport';
import { SnapControl } from './SnapControl';
import { ElementNode } from './nodes/ElementNode';
import { GroupNode } from './nodes/GroupNode';
import { useFlowElements } from './useFlowElements';
import { lazyPart } from './lazyPart';
import { useLoadFraming } from './useLoadFraming';
import { useFileDrop } from './useFileDrop';
import { useRevealService } from './useRevealService';
import { useSteadyViewport } from './useSteadyViewport';

// The minimap is not needed for the first paint: loaded after it (issue 15, first load).
const MiniMap = lazyPart(() => import('./minimap/MiniMap'), 'MiniMap');

// Module scope: React Flow re-mounts every node if these objects change (its warning #002).
const nodeTypes = { element: ElementNode, group: GroupNode } satisfies NodeTypes;
const edgeTypes = { relation: RelationEdge } satisfies EdgeTypes;
// Shift-click adds to the selection like Ctrl/⌘-click; Shift-drag on the pane stays box selection.
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
// Snap to grid (issue 10) snaps to the Background's dots below, 20 px apart.
const SNAP_GRID: [number, number] = [20, 20];
/** A constant, like every object prop here: React Flow copies a changed prop into its store, and each
 *  store update re-runs every node's and edge's selectors. An inline `{ padding }` did that on
 *  every render, so every drag frame updated React Flow's store twice (issue 15). */
const FIT_VIEW_OPTIONS = { padding: 0.08 };
/**
 * Below this zoom the canvas is simplified (issue 15): edge labels, kind badges and dash patterns
 * are not drawn (at 30 % a 12 px label is 3.6 px, unreadable) and the background dots are off.
 * One class on the canvas, switched by one store selector; exports work on their own copy at
 * 100 % and are never simplified.
 */
export const LOW_ZOOM = 0.3;
const isLowZoom = (s: ReactFlowState) => s.transform[2] < LOW_ZOOM;

const panStart = () => setPanning(true);
const panEnd = () => setPanning(false);
const minimapColor = (node: Node) => (node.type === 'group' ? 'transparent' : String((node as FlowNode).data.color));

/** Wiring only: React Flow, the document's elements, and the store's change handlers. */
export function Canvas() {
  const t = useT();
  const { nodes, edges, mounting } = useFlowElements();
  const routing = useAppStore((s) => s.doc.edges.length > 0 && !routesFresh(s));
  const snapToGrid = useAppStore((s) => s.snapToGrid);
  const lowZoom = useStore(isLowZoom);
  const aria = useMemo(() => ariaLabelConfig(t), [t]);
  // Editing (issue 3, part A): connecting, dropping into groups, pane gestures, arrow keys.
  const { onPaneClick } = useCanvasServices();
  useArrowKeys();
  // The keyboard (issue 14 §6): a node's relations by E, the context menu by right click or Shift+F10.
  useEdgeKeys();
  const contextMenu = useContextMenu();
  // Dropping a .json file on the canvas imports it (issue 5).
  const fileDrop = useFileDrop();
  // Problems and search hits bring their element into view (issue 6).
  useRevealService();
  useSteadyViewport();
  // Edges go around nodes: routed in a worker after each change, never per drag frame (issue 10).
  useRouting();
  // Presentation mode (issue 14): each step framed, and the steps exported as PNGs or one PDF.
  useStepCamera();
  useStepExport();

  // A newly opened model is framed: a large one before its first slice is drawn, and each once
  // React Flow has measured all of it.
  useLoadFraming(mounting);

  // Nodes never overlap: a node measured larger pushes its neighbours aside (issue 10).
  useEffect(() => installRoomMaking(), []);

  // A drag's moves are applied after each frame (dragBatch.ts); what is waiting lands on release.
  const [{ batch, handlers: nodeHandlers }] = useState(canvasNodeHandlers);
  // A drag whose end event is lost (pointer released outside the window) must not merge the next drag into it.
  useEffect(() => {
    const end = () => {
      batch.flush();
      endGesture();
    };
    window.addEventListener('pointerup', end);
    window.addEventListener('blur', end);
    return () => {
      window.removeEventListener('pointerup', end);
      window.removeEventListener('blur', end);
      batch.flush();
    };
  }, [batch]);

  return (
    <EdgeChromeProvider>
      <ReactFlow<FlowNode, RelationFlowEdge>
        // Busy while a large model is still being drawn, or the drawn edges are provisional (routes for this geometry not yet computed), so
        // assistive technology and the figures check know the figure is still settling (issue 10).
        aria-busy={routing || mounting || undefined}
        className={lowZoom ? 'tm-low-zoom' : undefined}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onEdgesChange={applyEdgeChanges}
        {...connectHandlers}
        {...nodeHandlers}
        onPaneClick={onPaneClick}
        {...contextMenu}
        onMoveStart={panStart}
        onMoveEnd={panEnd}
        {...fileDrop.handlers}
        snapToGrid={snapToGrid}
        snapGrid={SNAP_GRID}
        zoomOnDoubleClick={false}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        edgesReconnectable={false}
        connectionMode={ConnectionMode.Loose}
        deleteKeyCode={null}
        minZoom={0.05}
        maxZoom={4}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        ariaLabelConfig={aria}
        aria-label={t('canvas.label')}
      >
        <Markers edges={edges} />
        {!lowZoom && <Background variant={BackgroundVariant.Dots} gap={20} size={1} color="#d4d4d8" />}
        <Controls position="bottom-left">
          <SnapControl />
        </Controls>
        <AlignmentGuides />
        <LivePresence />
        {/* Not while a large model is drawn in slices: the minimap re-draws every node it has on
            each slice (React Flow gives its nodes new colour functions each render), issue 17. */}
        {!mounting && <MiniMap colorOf={minimapColor} id="canvas" />}
        <Panel position="top-right">
          <Legend />
        </Panel>
        <FocusBarHost />
        <RelationPicker />
        <PresentationOverlay />
        {fileDrop.over && <div className="tm-drop-hint">{t('drop.label')}</div>}
      </ReactFlow>
    </EdgeChromeProvider>
  );
}
