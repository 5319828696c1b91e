import type { Node } from '@xyflow/react';
import { useAppStore } from '../store/appStore';
import { applyNodeChanges, endGesture } from '../store/flowChanges';
import { loader } from '../store/laterParts';
import { dropNodes, startNodeDrag } from '../store/nodeDrop';
import { dragBatch } from './dragBatch';

/**
 * Alignment guides (placementDrag.ts, issue 10): loaded after the first paint (issue 15). A drag
 * that starts before they arrive starts them when they do, from the document as it was when the
 * drag began, so the drop's pull still merges into the drag's one undo step.
 */
const guides = loader(() => import('../store/placementDrag'), { preload: true });

const onStart = () => {
  startNodeDrag();
  const g = guides.now();
  if (g) return g.startGuides();
  const before = useAppStore.getState().doc;
  void guides.get().then((m) => m.startGuides(before), () => undefined);
};

const guideMoves = (ids: string[]) => guides.now()?.dragGuides(ids);

/**
 * The canvas's node changes and drag handlers: a drag ends the gesture of flowChanges.ts, then
 * dropped nodes join or leave groups (nodeDrop.ts) within the same undo step. Covers dragging one
 * node and dragging a box selection. While dragging, alignment guides pull the nodes onto lines of
 * other nodes. A drag's moves are applied after each frame (dragBatch.ts). Made once per canvas:
 * stable props.
 */
export function canvasNodeHandlers() {
  const batch = dragBatch(applyNodeChanges, guideMoves);
  const onDrag = (nodes: Node[]) => batch.dragged(nodes.map((n) => n.id));
  const onStop = (nodes: Node[]) => {
    const ids = nodes.map((n) => n.id);
    batch.flush();
    endGesture();
    guides.now()?.endGuides(ids);
    dropNodes(ids);
  };
  return {
    batch,
    handlers: {
      onNodesChange: batch.changes,
      onNodeDragStart: onStart,
      onSelectionDragStart: onStart,
      onNodeDrag: (_e: unknown, _node: Node, nodes: Node[]) => onDrag(nodes),
      onSelectionDrag: (_e: unknown, nodes: Node[]) => onDrag(nodes),
      onNodeDragStop: (_e: unknown, _node: Node, nodes: Node[]) => onStop(nodes),
      onSelectionDragStop: (_e: unknown, nodes: Node[]) => onStop(nodes),
    },
  };
}
