import { memo, type CSSProperties } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { ElementFlowNode } from '../../io/flow';
import { NodeHandles, useHover } from './NodeHandles';

/** A vocabulary element (actor, driver, resource, user kinds): colour, shape and badge from its kind. */
function ElementNodeView({ data, selected }: NodeProps<ElementFlowNode>) {
  const style = { '--kind-color': data.color } as CSSProperties;
  const { hover, hoverProps } = useHover();
  return (
    <div className={`tm-node tm-shape-${data.shape}${selected ? ' is-selected' : ''}`} style={style} title={data.description} {...hoverProps}>
      <span className="tm-badge">{data.kindLabel}</span>
      <div className={`tm-label${data.missing ? ' is-untranslated' : ''}`}>{data.label}</div>
      <NodeHandles show={hover || !!selected} />
    </div>
  );
}

/**
 * Drawn from its data and selection only. React Flow also passes the node's size, place and
 * z-order, which change as it is measured (twice per new node) and moved: comparing them
 * re-rendered every node of a large model's slice once more for nothing (issue 17).
 */
export const sameLook = (a: { data: unknown; selected?: boolean }, b: { data: unknown; selected?: boolean }) => a.data === b.data && a.selected === b.selected;

export const ElementNode = memo(ElementNodeView, sameLook);
