import type { Edge, Node } from '@xyflow/react';
import type { Emphasis, Look } from '../model/emphasis';

/** The CSS class of each look (styles.css draws them); `hidden` is React Flow's own `hidden`. */
export const CLASS: Record<Exclude<Look, 'hidden'>, string> = { dim: 'tm-dim', hit: 'tm-hit', current: 'tm-hit tm-hit-current', removed: 'tm-diff-removed', changed: 'tm-diff-changed' };

const cache = new WeakMap<object, Map<Look, object>>();

/**
 * React Flow elements with the emphasis applied: a class for dimmed and found elements, `hidden`
 * for filtered ones (React Flow then neither draws nor exports them). An unaffected element keeps
 * its object, and an affected one gets the same derived object each time, so memoised nodes and
 * edges re-render only when their look changes.
 */
export function withEmphasis<T extends Node | Edge>(items: T[], looks: ReadonlyMap<string, Look>, lookInData = false): T[] {
  if (looks.size === 0) return items;
  return items.map((item) => {
    const look = looks.get(item.id);
    if (!look) return item;
    let byLook = cache.get(item);
    if (!byLook) cache.set(item, (byLook = new Map()));
    const hit = byLook.get(look);
    if (hit) return hit as T;
    // Edges also carry the look in their data: their labels are drawn apart from the line's <g>.
    const made =
      look === 'hidden'
        ? { ...item, hidden: true }
        : { ...item, className: [item.className, CLASS[look]].filter(Boolean).join(' '), ...(lookInData ? { data: { ...item.data, look } } : {}) };
    byLook.set(look, made);
    return made;
  });
}

export type { Emphasis };
