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

export const ElementNode = memo(ElementNodeView);
