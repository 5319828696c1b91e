/**
 * Which sibling nodes overlap in a plan. Only siblings are compared: a child lies inside its
 * group by design, and nodes in different groups are separated by their groups' boxes.
 */
import type { LayoutInput, LayoutPlan } from './types';

export function planOverlaps(plan: LayoutPlan, input: LayoutInput): [string, string][] {
  const byParent = new Map<string | null, { id: string; x: number; y: number; w: number; h: number }[]>();
  for (const n of input.nodes) {
    const p = plan.positions[n.id] ?? n;
    const s = plan.sizes[n.id] ?? n;
    const list = byParent.get(n.parent ?? null) ?? [];
    list.push({ id: n.id, x: p.x, y: p.y, w: s.width, h: s.height });
    byParent.set(n.parent ?? null, list);
  }
  const out: [string, string][] = [];
  for (const boxes of byParent.values()) {
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        // Strict: boxes that merely touch do not overlap.
        if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) out.push([a.id, b.id]);
      }
    }
  }
  return out;
}
