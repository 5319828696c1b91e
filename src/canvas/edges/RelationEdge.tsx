import { memo, type CSSProperties } from 'react';
import { BaseEdge, EdgeLabelRenderer, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import type { FlowNode, RelationFlowEdge } from '../../io/flow';
import { dashArray, lineCap } from '../../model/relationStyle';
import { floatingPath, type Box } from './floating';
import { ReconnectAnchors } from './ReconnectAnchors';


function boxOf(node: InternalNode<FlowNode>): Box {
  const { x, y } = node.internals.positionAbsolute;
  const width = node.measured.width ?? node.width ?? 0;
  const height = node.measured.height ?? node.height ?? 0;
  return { x, y, width, height, ellipse: 'shape' in node.data && node.data.shape === 'ellipse' };
}

/** A typed relation: colour, dash and arrowheads from its relation type; a readable label. */
function RelationEdgeView({ id, source, target, data, markerEnd, markerStart, selected }: EdgeProps<RelationFlowEdge>) {
  const s = useInternalNode<FlowNode>(source);
  const t = useInternalNode<FlowNode>(target);
  if (!s || !t || !data) return null;
  const geometry = floatingPath(boxOf(s), boxOf(t), data.bend ?? 0);
  const style: CSSProperties = {
    stroke: data.color,
    // The relation type's own width (a selected edge gets a halo instead, edges.css).
    strokeWidth: data.width,
    strokeDasharray: dashArray(data.line, data.width),
    strokeLinecap: lineCap(data.line),
  };
  const text = data.label ?? data.relationLabel;
  return (
    <>
      <BaseEdge id={id} path={geometry.path} style={style} markerEnd={markerEnd} markerStart={markerStart} interactionWidth={16} />
      {selected && <ReconnectAnchors edgeId={id} start={geometry.start} end={geometry.end} mid={{ x: geometry.labelX, y: geometry.labelY }} />}
      {text && (
        <EdgeLabelRenderer>
          <div
            className={`tm-edge-label nodrag nopan${selected ? ' is-selected' : ''}${data.missing ? ' is-untranslated' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${geometry.labelX}px, ${geometry.labelY}px)`, color: data.color, borderColor: data.color }}
          >
            {text}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const RelationEdge = memo(RelationEdgeView);
