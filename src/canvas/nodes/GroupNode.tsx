import { memo, type CSSProperties } from 'react';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import type { GroupFlowNode } from '../../io/flow';
import { NodeHandles, useHover } from './NodeHandles';
import { sameLook } from './ElementNode';

/** A titled box around its child nodes; resizable when selected. */
function GroupNodeView({ data, selected }: NodeProps<GroupFlowNode>) {
  const style = { '--kind-color': data.color } as CSSProperties;
  const { hover, hoverProps } = useHover();
  return (
    <div className={`tm-group${selected ? ' is-selected' : ''}`} style={style} {...hoverProps}>
      <NodeResizer isVisible={!!selected} minWidth={120} minHeight={80} lineClassName="tm-resize-line" handleClassName="tm-resize-handle" />
      <div className={`tm-group-title${data.missing ? ' is-untranslated' : ''}`}>{data.label}</div>
      {/* Groups take part in relations too (the resources box supports the student). */}
      <NodeHandles show={hover || !!selected} />
    </div>
  );
}

// Drawn from its data and selection only (see ElementNode).
export const GroupNode = memo(GroupNodeView, sameLook);
