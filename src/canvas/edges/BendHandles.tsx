import type { KeyboardEvent } from 'react';
import type { Point } from '../../model/types';
import { pointAlong, projectOnto } from '../../routing/geometry';
import { insertEdgeBend, moveEdgeBend, removeEdgeBend } from '../../store/edgeGeometryActions';
import { useT } from '../../store/hooks';
import type { BendDrag } from './RelationEdge';
import { useDragPoint } from './useDragPoint';

type Props = { edgeId: string; bends: readonly Point[]; points: readonly Point[]; onDrag: (drag: BendDrag) => void };

/**
 * The user's bend points on a selected edge (issue 10): each bend is a grip — drag to move it,
 * double-click it (or Delete while it has focus) to remove it. Between the ends and the bends a
 * small "+" grip sits on the line: dragging it adds a bend there. Every change is one undo step,
 * made when the drag ends; during the drag the edge draws a straight line through the bends.
 */
export function BendHandles({ edgeId, bends, points, onDrag }: Props) {
  const t = useT();
  const drag = useDragPoint();
  // Where each stop (source end, bends…, target end) lies along the drawn line.
  const alongs = [0, ...bends.map((b) => projectOnto(points, b).along), 1];
  const adders = alongs.slice(1).map((a, i) => pointAlong(points, (alongs[i] + a) / 2).point);
  const withBend = (i: number, p: Point, insert: boolean) => {
    const next = [...bends];
    if (insert) next.splice(i, 0, p);
    else next[i] = p;
    return next;
  };
  const remove = (i: number) => removeEdgeBend(edgeId, i);
  const onKey = (i: number) => (event: KeyboardEvent) => {
    if (event.key !== 'Delete' && event.key !== 'Backspace') return;
    event.preventDefault(); // the Delete command would remove the whole edge
    event.stopPropagation();
    remove(i);
  };
  return (
    <g className="tm-bends">
      {adders.map((p, i) => (
        <circle
          key={`add-${i}`}
          className="tm-bend-add nodrag nopan"
          cx={p.x}
          cy={p.y}
          r={4.5}
          role="button"
          aria-label={t('edge.bend.add')}
          onPointerDown={(event) =>
            drag(event, {
              move: (q) => onDrag({ bends: withBend(i, q, true) }),
              drop: (q) => {
                onDrag(null);
                insertEdgeBend(edgeId, i, q);
              },
            })
          }
        />
      ))}
      {bends.map((b, i) => (
        <circle
          key={`bend-${i}`}
          className="tm-bend nodrag nopan"
          cx={b.x}
          cy={b.y}
          r={5.5}
          role="button"
          tabIndex={0}
          aria-label={t('edge.bend.aria', { n: i + 1 })}
          onKeyDown={onKey(i)}
          onDoubleClick={(event) => {
            event.stopPropagation();
            remove(i);
          }}
          onPointerDown={(event) =>
            drag(event, {
              move: (q) => onDrag({ bends: withBend(i, q, false) }),
              drop: (q) => {
                onDrag(null);
                moveEdgeBend(edgeId, i, q);
              },
              click: () => (event.currentTarget as SVGElement | null)?.focus?.(),
            })
          }
        />
      ))}
    </g>
  );
}
