import { memo, type CSSProperties } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { ElementFlowNode } from '../../io/flow';
import { NodeHandles, useHover } from './NodeHandles';

/** A vocabulary element (actor, driver, resource, user kinds): colour, shape and badge from its kind. */
function ElementNodeView({ data, selected }: NodeProps<ElementFlowNode>) {
  const style = { '--kind-color': data.color } as CSSProperties;
  const { hover, hoverProps } = useHover();
  return (
    <div className={`tm-node tm-shape-${data.shape}${data.sized ? ' is-sized' : ''}${selected ? ' is-selected' : ''}`} style={style} title={data.description} {...hoverProps}>
      <span className="tm-badge">{data.kindLabel}</span>
      <div className={`tm-label${data.missing ? ' is-untranslated' : ''}`}>{data.label}</div>
      <NodeHandles show={hover || !!selected} />
    </div>
  );
}

/** Two flat data objects with the same fields (a moved node gets a new data object with the same look). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Drawn from its data and selection only. React Flow also passes the node's size, place and
 * z-order, which change as it is measured (twice per new node) and moved: comparing them
 * re-rendered every node of a large model's slice once more for nothing (issue 17). Data is
 * compared field by field: a dragged node is a new document node on every frame, so its flow node
 * and data are rebuilt, and it re-rendered on each frame although it looked the same (issue 15).
 */
export const sameLook = (a: { data: unknown; selected?: boolean }, b: { data: unknown; selected?: boolean }) => a.selected === b.selected && sameData(a.data, b.data);

export const ElementNode = memo(ElementNodeView, sameLook);
