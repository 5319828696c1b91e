import { orderParentsFirst } from './order';
import { keepKeys } from './orderKeys';
import { GROUP_KIND, type ModelNode, type Point, type Size, type TheoryModel } from './types';

/**
 * The part of a layout result the document needs: top-lefts relative to the parent (like the
 * model) and the sizes of groups. Structurally the layout kernel's `LayoutPlan` (src/layout/types.ts);
 * declared here because the model must not import the layout folder.
 */
export type PositionPlan = {
  positions: Readonly<Record<string, Point>>;
  sizes: Readonly<Record<string, Size>>;
};

const samePoint = (a: Point, b: Point) => a.x === b.x && a.y === b.y;
const sameSize = (a: Size | undefined, b: Size) => a !== undefined && a.width === b.width && a.height === b.height;
const usable = (v: number) => Number.isFinite(v);

/**
 * Applies a layout plan as ONE new document: each planned node moves, each planned group takes
 * its computed size. Nodes the plan does not name (added while the layout ran) and ids the document
 * does not have (deleted meanwhile) are ignored; non-finite numbers are refused per node rather
 * than written into the file. Returns the same document when nothing changes, so no empty undo
 * step is made. Parents stay before their children (React Flow needs that order).
 */
export function applyLayoutPlan(doc: TheoryModel, plan: PositionPlan): TheoryModel {
  let changed = false;
  const nodes = doc.nodes.map((node): ModelNode => {
    const at = Object.hasOwn(plan.positions, node.id) ? plan.positions[node.id] : undefined;
    const size = Object.hasOwn(plan.sizes, node.id) ? plan.sizes[node.id] : undefined;
    const move = at && usable(at.x) && usable(at.y) && !samePoint(at, node.position);
    // Only groups take a planned size: an element keeps sizing itself to its label (or its own fixed size).
    const resize = node.kind === GROUP_KIND && size && usable(size.width) && usable(size.height) && size.width > 0 && size.height > 0 && !sameSize(node.size, size);
    if (!move && !resize) return node;
    changed = true;
    return {
      ...node,
      ...(move ? { position: { x: at.x, y: at.y } } : {}),
      ...(resize ? { size: { width: size.width, height: size.height } } : {}),
    };
  });
  return changed ? { ...doc, nodes: keepKeys(doc.nodes, orderParentsFirst(nodes)) } : doc;
}
