/**
 * ELK result → LayoutPlan for the nodes of one job.
 *
 * Coordinates: ELK's default (`elk.json.shapeCoords` INHERIT → PARENT) gives each node's x/y
 * relative to its parent node, which is exactly the model's and React Flow's `parentId` rule
 * (eclipse.dev/elk/documentation/tooldevelopers/graphdatastructure/coordinatesystem.html;
 * checked by fromElk.test.ts against a real run). So no conversion, only rounding.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { LayoutPlan } from './types';

/**
 * Positions round to the nearest pixel; sizes round *up* (less float noise) so a child
 * that ELK fit exactly cannot end up a pixel outside its group after rounding.
 */
const roundSize = (v: number | undefined) => Math.ceil((v ?? 0) - 1e-6);

/** `skip`: synthetic nodes the pipeline added (partition gates), left out of the plan. */
export function fromElk(result: ElkNode, groups: ReadonlySet<string>, skip: ReadonlySet<string> = new Set()): LayoutPlan {
  // Keyed by node id, and `__proto__` is a valid id: a plain `{}` would set its prototype instead (issue 17).
  const plan: LayoutPlan = { positions: Object.create(null) as LayoutPlan['positions'], sizes: Object.create(null) as LayoutPlan['sizes'], order: [] };
  // Depth-first pre-order: a parent is recorded before any of its children.
  const visit = (node: ElkNode) => {
    if (skip.has(node.id)) return;
    plan.positions[node.id] = { x: Math.round(node.x ?? 0), y: Math.round(node.y ?? 0) };
    if (groups.has(node.id)) plan.sizes[node.id] = { width: roundSize(node.width), height: roundSize(node.height) };
    plan.order.push(node.id);
    node.children?.forEach(visit);
  };
  result.children?.forEach(visit);
  return plan;
}
