import { useRef } from 'react';
import type { ModelNode } from '../../model/types';
import { useAppStore } from '../../store/appStore';

/** Two versions of a node that differ at most in where it is (the inspector does not show that). */
function samePastPlace(a: ModelNode, b: ModelNode): boolean {
  const keys = Object.keys(b) as (keyof ModelNode)[];
  if (Object.keys(a).length !== keys.length) return false;
  return keys.every((k) => k === 'position' || k === 'order' || Object.is(a[k], b[k]));
}

/**
 * The node with this id as the inspector shows it: the same object while only its place changed.
 * A drag writes a new node on every frame, and selecting it re-rendered the inspector's fields on
 * every frame of dragging the selected node (issue 15).
 */
export function useShownNode(id: string): ModelNode | undefined {
  const last = useRef<ModelNode | undefined>(undefined);
  return useAppStore((s) => {
    const node = s.doc.nodes.find((n) => n.id === id);
    const prev = last.current;
    if (prev && node && prev !== node && prev.id === node.id && samePastPlace(prev, node)) return prev;
    return (last.current = node);
  });
}
