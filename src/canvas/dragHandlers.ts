import type { Node } from '@xyflow/react';
import { endGesture } from '../store/flowChanges';
import { dropNodes, startNodeDrag } from '../store/nodeDrop';
import { dragGuides, endGuides, startGuides } from '../store/placementDrag';

/**
 * Drag start/stop: a drag ends the gesture of flowChanges.ts, then dropped nodes join or
 * leave groups (nodeDrop.ts) within the same undo step. Covers dragging one node and dragging a
 * box selection. While dragging, alignment guides pull the nodes onto lines of other nodes
 * (placementDrag.ts, issue 10). Module constants: stable props.
 */
const onStart = () => {
  startNodeDrag();
  startGuides();
};

const onStop = (nodes: Node[]) => {
  const ids = nodes.map((n) => n.id);
  endGesture();
  endGuides(ids);
  dropNodes(ids);
};

export const dragHandlers = {
  onNodeDragStart: onStart,
  onSelectionDragStart: onStart,
  onNodeDrag: (_e: unknown, _node: Node, nodes: Node[]) => dragGuides(nodes.map((n) => n.id)),
  onSelectionDrag: (_e: unknown, nodes: Node[]) => dragGuides(nodes.map((n) => n.id)),
  onNodeDragStop: (_e: unknown, _node: Node, nodes: Node[]) => onStop(nodes),
  onSelectionDragStop: (_e: unknown, nodes: Node[]) => onStop(nodes),
};
