/**
 * Figure preset: which band each top-level node belongs to. Lower bands are placed before higher
 * ones along the flow (ELK partitions, eclipse.dev/elk/reference/options/
 * org-eclipse-elk-partitioning-partition.html; written by gates.ts).
 *
 * Limitation: ELK honours partitions only among the root's children; with INCLUDE_CHILDREN the
 * children of a group are layered freely (eclipse-elk/elk#773, kieler/elkjs#327; reproduced on
 * elkjs 0.12.1). So only top-level nodes get a band, a group takes the band of most of its
 * children, and a mixed group cannot keep its members in separate columns.
 */
import type { GraphIndex } from './graphIndex';

export function computePartitions(
  index: GraphIndex,
  bands: readonly (readonly string[])[],
  ids: readonly string[],
): Map<string, number> {
  const bandOf = new Map<string, number>();
  bands.forEach((kinds, i) => kinds.forEach((k) => bandOf.has(k) || bandOf.set(k, i)));
  const unbanded = bands.length;

  const raw = new Map<string, number>();
  const rawOf = (id: string): number => {
    const known = raw.get(id);
    if (known !== undefined) return known;
    let value: number;
    const kids = index.children.get(id) ?? [];
    if (index.groups.has(id)) {
      // Majority band of the children; ties go to the earlier band, empty groups go last.
      const counts = new Map<number, number>();
      for (const k of kids) counts.set(rawOf(k), (counts.get(rawOf(k)) ?? 0) + 1);
      value = unbanded;
      let best = 0;
      for (const [band, count] of [...counts].sort((a, b) => a[0] - b[0])) {
        if (count > best) [value, best] = [band, count];
      }
    } else {
      value = bandOf.get(index.nodes.get(id)!.kind) ?? unbanded;
    }
    raw.set(id, value);
    return value;
  };

  // Renumber 0..k-1 among siblings: non-consecutive partition ids were once ignored
  // (eclipse-elk/elk#592, fixed), and dense ids cost nothing.
  const out = new Map<string, number>();
  const bySiblings = new Map<string | null, string[]>();
  for (const id of ids) {
    const parent = index.nodes.get(id)!.parent ?? null;
    const list = bySiblings.get(parent);
    if (list) list.push(id);
    else bySiblings.set(parent, [id]);
  }
  for (const siblings of bySiblings.values()) {
    const distinct = [...new Set(siblings.map(rawOf))].sort((a, b) => a - b);
    for (const id of siblings) out.set(id, distinct.indexOf(rawOf(id)));
  }
  return out;
}
