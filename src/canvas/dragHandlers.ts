import type { Node } from '@xyflow/react';
import { endGesture } from '../store/flowChanges';
import { dropNodes, startNodeDrag } from '../store/nodeDrop';

/**
 * Drag start/stop: a drag ends the history pause of flowChanges.ts, then dropped nodes join or
 * leave groups (nodeDrop.ts) within the same undo step. Covers dragging one node and dragging a
 * box selection. Module constants: stable props.
 */
const onStop = (nodes: Node[]) => {
  endGesture();
  dropNodes(nodes.map((n) => n.id));
};

export const dragHandlers = {
  onNodeDragStart: () => startNodeDrag(),
  onSelectionDragStart: () => startNodeDrag(),
  onNodeDragStop: (_e: unknown, _node: Node, nodes: Node[]) => onStop(nodes),
  onSelectionDragStop: (_e: unknown, nodes: Node[]) => onStop(nodes),
};
