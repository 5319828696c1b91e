import { useEffect, useMemo, type MouseEvent as ReactMouseEvent } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { FlowNode, RelationFlowEdge } from '../io/flow';
import { useAppStore } from '../store/appStore';
import { select } from '../store/editActions';
import type { ContextTarget } from '../store/keysSlice';
import { isEditableTarget } from './keyTargets';

/** Right click (or the keyboard) on an element not yet selected selects just it, as file managers do. */
function selectFor(on: ContextTarget, id?: string) {
  const { selection } = useAppStore.getState();
  if (on === 'node' && id && !selection.nodes.has(id)) select([id]);
  if (on === 'edge' && id && !selection.edges.has(id)) select([], [id]);
}

function open(on: ContextTarget, x: number, y: number, id?: string) {
  selectFor(on, id);
  useAppStore.getState().setContextMenu({ x, y, on });
}

/** Where a menu opened from the keyboard goes: just below the element's top-left corner, or mid-canvas. */
const anchor = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { x: Math.round(r.left + Math.min(24, r.width / 2)), y: Math.round(r.top + Math.min(24, r.height / 2)) };
};

/**
 * The canvas's context menu (issue 14 §6): right click on a node, a relation or the pane, or
 * Shift+F10 / the Menu key on the focused element (or, from anywhere outside a field, on the
 * selection). The menu itself is panels/ContextMenu.tsx; this only says where and on what.
 */
export function useContextMenu() {
  const rf = useStoreApi();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const menuKey = event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);
      if (!menuKey || event.ctrlKey || event.metaKey || event.altKey || isEditableTarget(event.target)) return;
      const target = event.target instanceof Element ? event.target : null;
      const el = target?.closest('.react-flow__node, .react-flow__edge');
      const id = el?.getAttribute('data-id') ?? undefined;
      const root = rf.getState().domNode;
      // Only for the canvas, or when nothing else has focus: a menu elsewhere keeps its own keys.
      if (!el && target && target !== document.body && !root?.contains(target)) return;
      event.preventDefault();
      event.stopPropagation();
      if (el && id) {
        const { x, y } = anchor(el);
        open(el.classList.contains('react-flow__edge') ? 'edge' : 'node', x, y, id);
        return;
      }
      const { selection } = useAppStore.getState();
      const first = [...selection.nodes][0] ?? [...selection.edges][0];
      const firstEl = first ? root?.querySelector(`[data-id="${CSS.escape(first)}"]`) : null;
      if (firstEl) {
        const { x, y } = anchor(firstEl);
        open(selection.nodes.size > 0 ? 'node' : 'edge', x, y);
        return;
      }
      const box = root?.getBoundingClientRect();
      open('pane', Math.round((box?.left ?? 0) + (box?.width ?? 0) / 2), Math.round((box?.top ?? 0) + (box?.height ?? 0) / 2));
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [rf]);

  return useMemo(
    () => ({
      onNodeContextMenu: (event: ReactMouseEvent, node: FlowNode) => {
        event.preventDefault();
        open('node', event.clientX, event.clientY, node.id);
      },
      onEdgeContextMenu: (event: ReactMouseEvent, edge: RelationFlowEdge) => {
        event.preventDefault();
        open('edge', event.clientX, event.clientY, edge.id);
      },
      onPaneContextMenu: (event: ReactMouseEvent | MouseEvent) => {
        event.preventDefault();
        open('pane', event.clientX, event.clientY);
      },
    }),
    [],
  );
}
