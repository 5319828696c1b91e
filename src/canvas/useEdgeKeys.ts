import { useEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import { nodeRelations, stepIndex } from '../model/keyboardOrder';
import { isEditableTarget } from './keyTargets';
import { useAppStore } from '../store/appStore';
import { useT } from '../store/hooks';

const byId = (root: Element | null | undefined, kind: 'node' | 'edge', id: string) =>
  root?.querySelector<HTMLElement | SVGGElement>(`.react-flow__${kind}[data-id="${CSS.escape(id)}"]`) ?? null;

/**
 * Reaching a node's relations from the keyboard (issue 14 §6). Tab goes through the nodes only
 * (edges have tabindex -1, io/flow.ts), in model order: groups, then their members. On a focused
 * node, E steps to its first relation (in or out) and on through them, Shift+E backwards; the
 * relation is focused and selected, so Delete, the Inspector and the context menu act on it. From a
 * relation, Esc and Shift+Tab go back to its node, Tab on to the node after it.
 */
export function useEdgeKeys() {
  const rf = useStoreApi();
  const t = useT();
  const origin = useRef<string | null>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isEditableTarget(event.target)) return;
      const el = event.target instanceof Element ? event.target.closest('.react-flow__node, .react-flow__edge') : null;
      const id = el?.getAttribute('data-id');
      if (!el || !id) return;
      const onEdge = el.classList.contains('react-flow__edge');
      const root = rf.getState().domNode;
      const { doc } = useAppStore.getState();
      const home = onEdge ? (origin.current ?? doc.edges.find((e) => e.id === id)?.source ?? null) : id;
      if (!home) return;
      if (event.key.toLowerCase() === 'e') {
        // Only relations drawn now (a legend filter may hide some).
        const ids = nodeRelations(doc, home).filter((e) => byId(root, 'edge', e));
        event.preventDefault();
        event.stopPropagation();
        if (ids.length === 0) {
          rf.setState({ ariaLiveMessage: t('keys.noRelations') });
          return;
        }
        const next = ids[stepIndex(ids.length, onEdge ? ids.indexOf(id) : -1, event.shiftKey ? -1 : 1)];
        origin.current = home;
        useAppStore.getState().setSelection({ nodes: new Set(), edges: new Set([next]) });
        byId(root, 'edge', next)?.focus();
        return;
      }
      if (!onEdge) return;
      const node = byId(root, 'node', home);
      if (!node) return;
      if (event.key === 'Escape' || (event.key === 'Tab' && event.shiftKey)) {
        event.preventDefault();
        event.stopPropagation();
        node.focus();
      } else if (event.key === 'Tab') {
        // Focus the node and let the browser's Tab move on from there: to the node after it.
        node.focus();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [rf, t]);
}
