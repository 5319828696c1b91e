import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { Point } from '../../model/types';
import { projectOnto } from '../../routing/geometry';
import { useAppStore } from '../../store/appStore';
import { placeEdgeLabel } from '../../store/edgeGeometryActions';
import { useDragPoint } from './useDragPoint';
import { CLASS } from '../withEmphasis';
import { useLabelChrome } from './edgeChrome';

type Props = { edgeId: string; text: string; at: Point; points: readonly Point[]; color: string; selected: boolean; missing: boolean; look?: 'dim' | 'hit' | 'current' | 'removed' | 'changed' };

/**
 * An edge's label at the plan's spot (or the user's). Dragging it moves it along or beside its
 * edge and saves that as `labelAt` (one undo step, on release); double-click gives the spot back
 * to automatic placement. A click selects the edge.
 */
export function EdgeLabel({ edgeId, text, at, points, color, selected, missing, look }: Props) {
  const drag = useDragPoint();
  const [moving, setMoving] = useState<Point | null>(null);
  const p = moving ?? at;
  const { layer, title } = useLabelChrome();
  const select = () => useAppStore.getState().setSelection({ nodes: new Set(), edges: new Set([edgeId]) });
  if (!layer) return null;
  return createPortal(
    <div
      className={`tm-edge-label nodrag nopan${selected ? ' is-selected' : ''}${missing ? ' is-untranslated' : ''}${look ? ` ${CLASS[look]}` : ''}`}
      style={{ transform: `translate(-50%, -50%) translate(${p.x}px, ${p.y}px)`, color, borderColor: color, cursor: 'grab' }}
      title={title}
      onPointerDown={(event) =>
        drag(event, {
          move: setMoving,
          drop: (q) => {
            setMoving(null);
            if (Number.isFinite(q.x)) placeEdgeLabel(edgeId, projectOnto(points, q));
          },
          click: select,
        })
      }
      onDoubleClick={(event) => {
        event.stopPropagation();
        placeEdgeLabel(edgeId, undefined);
      }}
    >
      {text}
    </div>,
    layer,
  );
}
