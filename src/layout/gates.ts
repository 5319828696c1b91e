/**
 * Partition gates: the same band order as plain ELK partitions, at a fraction of the cost.
 *
 * ELK enforces partitions by adding a constraint edge from *every* node of partition p to
 * *every* node of partition p+1, plus a dummy node per edge when the node has labelled edges
 * (PartitionMidprocessor.java in eclipse/elk). That is quadratic: a 500-node figure spent most of
 * 27 s in layering. So bands use the even partitions 0, 2, 4… and between two bands sits one empty
 * "gate" node alone in an odd partition: p → gate → p+1 needs |p| + |p+1| edges, not |p|·|p+1|.
 * Measured (CPU, elkjs 0.12.1): 200 nodes 3.1 → 1.4 s, 500 nodes 27 → 6.4 s.
 *
 * The gate costs one extra, empty layer per boundary (~90 px). `collapseGates` removes that slack
 * after layout unless an edge label sits in the gap (ELK put the label's layer there on purpose).
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { LayoutDirection, Point } from '../model/types';
import { LAYER_GAP, PARTITION_KEY } from './options';
import type { LayoutPlan } from './types';

/** Gives each root child its band's even partition and appends the gates; returns the gate ids. */
export function addGates(root: ElkNode, bandOf: ReadonlyMap<string, number>, gateId: (k: number) => string): string[] {
  const children = root.children ?? [];
  for (const c of children) {
    const band = bandOf.get(c.id);
    if (band !== undefined) c.layoutOptions = { ...c.layoutOptions, [PARTITION_KEY]: String(2 * band) };
  }
  const bands = Math.max(-1, ...bandOf.values()) + 1;
  const gates = Array.from({ length: Math.max(0, bands - 1) }, (_, k) => gateId(k));
  gates.forEach((id, k) => children.push({ id, width: 0, height: 0, layoutOptions: { [PARTITION_KEY]: String(2 * k + 1) } }));
  root.children = children;
  return gates;
}

/**
 * Moves the root-level nodes of `part` back along the flow by the slack each gate left. Returns
 * the same move as a map of root coordinates, for edge routes (elkRoutes.ts): nothing before a
 * gap moves, everything after it moves by the slack, and a point inside the (empty) gap moves in
 * proportion, so an orthogonal route stays orthogonal and clear of the nodes.
 */
export function collapseGates(
  part: LayoutPlan, result: ElkNode, direction: LayoutDirection, gateIds: ReadonlySet<string>,
): (p: Point) => Point {
  const [axis, extent] = direction === 'RIGHT' ? (['x', 'width'] as const) : (['y', 'height'] as const);
  const kids = result.children ?? [];
  const gates = kids.filter((c) => gateIds.has(c.id)).map((c) => c[axis] ?? 0).sort((a, b) => a - b);
  const real = kids.filter((c) => !gateIds.has(c.id));
  // Root edges' label centres, in root coordinates (edges inside a group have that group as container).
  const labels = (result.edges ?? [])
    .filter((e) => e.container === undefined || e.container === result.id)
    .flatMap((e) => e.labels ?? [])
    .map((l) => (l[axis] ?? 0) + (l[extent] ?? 0) / 2);
  const zones = gates.map((g) => {
    const before = real.filter((c) => (c[axis] ?? 0) < g);
    const after = real.filter((c) => (c[axis] ?? 0) > g);
    if (before.length === 0 || after.length === 0) return { from: g, to: g, slack: 0 };
    const prevEnd = Math.max(...before.map((c) => (c[axis] ?? 0) + (c[extent] ?? 0)));
    const nextStart = Math.min(...after.map((c) => c[axis] ?? 0));
    if (labels.some((l) => l > prevEnd && l < nextStart)) return { from: prevEnd, to: nextStart, slack: 0 };
    return { from: prevEnd, to: nextStart, slack: Math.max(0, nextStart - prevEnd - LAYER_GAP) };
  });
  for (const c of real) {
    const at = c[axis] ?? 0;
    const shift = gates.reduce((sum, g, k) => (g < at ? sum + zones[k].slack : sum), 0);
    const p = part.positions[c.id];
    if (p && shift > 0) part.positions[c.id] = { ...p, [axis]: Math.round(p[axis] - shift) };
  }
  const shiftAt = (v: number) =>
    zones.reduce((sum, z) => {
      if (z.slack === 0 || v <= z.from) return sum;
      if (v >= z.to) return sum + z.slack;
      return sum + (z.slack * (v - z.from)) / (z.to - z.from);
    }, 0);
  // Node positions above are rounded; points follow the same rounding of the shift.
  return (p) => ({ ...p, [axis]: p[axis] - Math.round(shiftAt(p[axis]) * 1000) / 1000 });
}
