/**
 * Merges the jobs' partial plans into one complete plan: every node gets a position (untouched
 * nodes keep theirs), every group a size. Anchored jobs (selection, radial) are translated back
 * to their anchor, and the groups they sit in grow to fit what moved.
 */
import type { Point, Size } from '../model/types';
import { GROUP_PADDING, currentSize, parentOf, type GraphIndex } from './graphIndex';
import type { ElkJob } from './toElk';
import type { LayoutPlan } from './types';

export function assemblePlan(index: GraphIndex, jobs: readonly ElkJob[], parts: readonly LayoutPlan[]): LayoutPlan {
  // Keyed by node id; `__proto__` is a valid id, so no prototype (issue 17, defect 3).
  const positions: Record<string, Point> = Object.create(null) as Record<string, Point>;
  const sizes: Record<string, Size> = Object.create(null) as Record<string, Size>;
  for (const id of index.order) {
    const n = index.nodes.get(id)!;
    positions[id] = { x: n.x, y: n.y };
    if (index.groups.has(id)) sizes[id] = currentSize(index, id);
  }
  const plan: LayoutPlan = { positions, sizes, order: [...index.order] };

  jobs.forEach((job, i) => {
    const part = parts[i];
    const tops = new Set((job.graph.children ?? []).map((c) => c.id).filter((id) => !job.gates.has(id)));
    const [dx, dy] = offset(job, part, tops);
    for (const [id, p] of Object.entries(part.positions)) {
      // Only the job's top-level nodes move; their descendants are relative to them.
      positions[id] = tops.has(id) ? { x: Math.round(p.x + dx), y: Math.round(p.y + dy) } : p;
    }
    Object.assign(sizes, part.sizes);
    if (job.anchor) fitGroups(index, plan, job.container);
  });
  return plan;
}

function offset(job: ElkJob, part: LayoutPlan, tops: ReadonlySet<string>): [number, number] {
  const a = job.anchor;
  if (!a) return [0, 0];
  if (a.kind === 'node') return [a.x - part.positions[a.id].x, a.y - part.positions[a.id].y];
  const laid = [...tops].map((id) => part.positions[id]);
  if (laid.length === 0) return [0, 0];
  return [a.x - Math.min(...laid.map((p) => p.x)), a.y - Math.min(...laid.map((p) => p.y))];
}

/**
 * After a local layout inside `container`, make the group (and, if it changed, its ancestors)
 * contain its children again: children that moved above/left of the padding push the group's
 * top-left out instead of moving the other children on screen; the far edges grow as needed.
 */
function fitGroups(index: GraphIndex, plan: LayoutPlan, container: string | null) {
  for (let g = container; g !== null; g = parentOf(index, g)) {
    const kids = index.children.get(g) ?? [];
    if (kids.length === 0) return;
    const boxes = kids.map((k) => {
      const { width, height } = plan.sizes[k] ?? index.nodes.get(k)!;
      return { ...plan.positions[k], width, height };
    });
    const minX = Math.min(...boxes.map((b) => b.x));
    const minY = Math.min(...boxes.map((b) => b.y));
    const dx = Math.max(0, Math.ceil(GROUP_PADDING.left - minX));
    const dy = Math.max(0, Math.ceil(GROUP_PADDING.top - minY));
    const size = plan.sizes[g];
    const width = Math.max(size.width + dx, Math.ceil(Math.max(...boxes.map((b) => b.x + b.width)) + dx + GROUP_PADDING.right));
    const height = Math.max(size.height + dy, Math.ceil(Math.max(...boxes.map((b) => b.y + b.height)) + dy + GROUP_PADDING.bottom));
    if (dx === 0 && dy === 0 && width === size.width && height === size.height) return;
    for (const k of kids) plan.positions[k] = { x: plan.positions[k].x + dx, y: plan.positions[k].y + dy };
    const gp = plan.positions[g];
    plan.positions[g] = { x: gp.x - dx, y: gp.y - dy };
    plan.sizes[g] = { width, height };
  }
}
