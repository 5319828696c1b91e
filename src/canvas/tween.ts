import type { FlowNode } from '../io/flow';
import type { TweenFrame } from '../store/layoutSlice';

/**
 * Paints a layout animation frame over the document's nodes (store/layoutTween.ts): a moving node
 * gets its in-between position, a group its in-between size. Untouched nodes keep their cached
 * objects, so React Flow re-renders only what moves.
 */
export function withTween(nodes: FlowNode[], frame: TweenFrame | null): FlowNode[] {
  if (!frame || frame.size === 0) return nodes;
  return nodes.map((node) => {
    const at = frame.get(node.id);
    if (!at) return node;
    if (node.type === 'group' && at.size) return { ...node, position: at.position, width: at.size.width, height: at.size.height };
    return { ...node, position: at.position };
  });
}
