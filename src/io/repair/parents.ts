/**
 * Group membership. A `parent` must name an existing node of the built-in `group` kind, and the
 * parent chain must end. React Flow throws "Parent node … not found" for a missing parent
 * (xyflow/xyflow#4438) and has no answer for a cycle, so:
 *   - a missing parent or a node that is its own parent: `parent` is cleared;
 *   - a cycle A→B→A: the parent link of the cycle's first node (in file order) is cleared;
 *   - a parent that is not a group: cleared, and the position turned from relative to absolute,
 *     so the node stays where React Flow (which nests under any node) would have drawn it.
 * Each change is a note. A re-homed position is clamped into the figure's range (two in-range
 * numbers can still add up past it, and 1e308 + 1e308 is Infinity: issue 17, defect 2).
 * All walks are iterative: a 10,000-deep chain must not overflow the stack.
 */
import { msg, type Message } from '../../i18n/message';
import { clampCoordinate, inCoordinateRange } from '../../model/coordinates';
import { GROUP_KIND, type ModelNode, type Point, type TheoryModel } from '../../model/types';
import type { RepairCode, RepairNote } from '../types';

function withoutParent(node: ModelNode, position: Point = node.position): ModelNode {
  const { parent: _dropped, ...rest } = node;
  return { ...rest, position };
}

export function repairParents(model: TheoryModel): { model: TheoryModel; notes: RepairNote[] } {
  const notes: RepairNote[] = [];
  const note = (code: RepairCode, node: ModelNode, message: Message) => notes.push({ code, message, ids: [node.id] });
  const quote = (id: string | undefined) => JSON.stringify(id);

  // Ids are unique here (repairDuplicates ran first), so one map entry per node.
  const byId = new Map<string, ModelNode>(model.nodes.map((n) => [n.id, n]));
  const order = new Map<string, number>(model.nodes.map((n, i) => [n.id, i]));
  const replace = (node: ModelNode) => byId.set(node.id, node);

  for (const node of model.nodes) {
    if (node.parent === undefined) continue;
    if (node.parent === node.id) {
      note('parent-cycle', node, msg('repair.parentSelf', { id: quote(node.id) }));
      replace(withoutParent(node));
    } else if (!byId.has(node.parent)) {
      note('parent-missing', node, msg('repair.parentMissing', { id: quote(node.id), parent: quote(node.parent) }));
      replace(withoutParent(node));
    }
  }

  // Cycles: 0 = unvisited, 1 = on the current walk, 2 = known to reach a root.
  const state = new Map<string, 0 | 1 | 2>();
  for (const start of model.nodes) {
    const walk: string[] = [];
    let id: string | undefined = start.id;
    while (id !== undefined && (state.get(id) ?? 0) === 0) {
      state.set(id, 1);
      walk.push(id);
      id = byId.get(id)?.parent;
    }
    if (id !== undefined && state.get(id) === 1) {
      const cycle = walk.slice(walk.indexOf(id));
      const firstId = cycle.reduce((a, b) => ((order.get(a) as number) <= (order.get(b) as number) ? a : b));
      const current = byId.get(firstId) as ModelNode;
      const loop = [...cycle, id].map((c) => JSON.stringify(c)).join(' → ');
      note('parent-cycle', current, msg('repair.parentCycle', { id: quote(current.id), loop }));
      replace(withoutParent(current));
    }
    for (const w of walk) state.set(w, 2);
  }

  // The forest is acyclic now, so absolute positions are well defined.
  const absolute = new Map<string, Point>();
  const absoluteOf = (id: string): Point => {
    const chain: ModelNode[] = [];
    let cur: ModelNode | undefined = byId.get(id);
    while (cur && !absolute.has(cur.id)) {
      chain.push(cur);
      cur = cur.parent === undefined ? undefined : byId.get(cur.parent);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i];
      const base = node.parent === undefined ? { x: 0, y: 0 } : (absolute.get(node.parent) as Point);
      absolute.set(node.id, { x: base.x + node.position.x, y: base.y + node.position.y });
    }
    return absolute.get(id) as Point;
  };
  // Compute every absolute position before changing any node, so all use the same forest.
  const moves = [...byId.values()]
    .filter((node) => node.parent !== undefined && (byId.get(node.parent) as ModelNode).kind !== GROUP_KIND)
    .map((node) => ({ node, position: absoluteOf(node.id) }));
  for (const { node, position } of moves) {
    const inRange = inCoordinateRange(position.x) && inCoordinateRange(position.y);
    const params = { id: quote(node.id), parent: quote(node.parent) };
    note('parent-not-group', node, msg(inRange ? 'repair.parentNotGroup' : 'repair.parentNotGroupMoved', params));
    replace(withoutParent(node, inRange ? position : { x: clampCoordinate(position.x), y: clampCoordinate(position.y) }));
  }

  if (notes.length === 0) return { model, notes };
  return { model: { ...model, nodes: model.nodes.map((n) => byId.get(n.id) as ModelNode) }, notes };
}
