import { useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { reconnect } from '../../store/editActions';
import { useT } from '../../store/hooks';
import { nodeIdAt } from '../pointer';
import type { Pt } from './floating';

type End = 'source' | 'target';
type Drag = { end: End; to: Pt };

/** `p` moved `d` px along the direction from `p` to `toward`. */
function along(p: Pt, toward: Pt, d: number): Pt {
  const len = Math.hypot(toward.x - p.x, toward.y - p.y) || 1;
  return { x: p.x + ((toward.x - p.x) / len) * d, y: p.y + ((toward.y - p.y) / len) * d };
}

/**
 * Grips on both ends of a selected edge: drag one onto another node to move that end there.
 * React Flow's own reconnect anchors sit on the node's first handle, not on our border-to-border
 * (floating) ends, so they would be invisible and in the wrong place; these sit on the drawn ends.
 * The drop is checked by the store action with the same rule as a new connection.
 */
export function ReconnectAnchors({ edgeId, start, end, mid }: { edgeId: string; start: Pt; end: Pt; mid: Pt }) {
  const t = useT();
  const { screenToFlowPosition } = useReactFlow();
  const [drag, setDrag] = useState<Drag | null>(null);
  // Just off the node outline, so the grip is not hidden under the node it touches.
  const grips: Record<End, Pt> = { source: along(start, mid, 6), target: along(end, mid, 6) };

  const begin = (which: End) => (event: ReactPointerEvent<SVGCircleElement>) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.preventDefault();
    const move = (e: PointerEvent) => setDrag({ end: which, to: screenToFlowPosition({ x: e.clientX, y: e.clientY }) });
    const up = (e: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      setDrag(null);
      const node = nodeIdAt({ x: e.clientX, y: e.clientY });
      if (node) reconnect(edgeId, { [which]: node });
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    setDrag({ end: which, to: screenToFlowPosition({ x: event.clientX, y: event.clientY }) });
  };

  const fixed = drag?.end === 'source' ? end : start;
  return (
    <g className="tm-reconnect">
      {drag && <path className="tm-reconnect-preview" d={`M${fixed.x},${fixed.y} L${drag.to.x},${drag.to.y}`} />}
      {(['source', 'target'] as const).map((which) => (
        <circle
          key={which}
          className={`tm-reconnect-grip nodrag nopan tm-reconnect-${which}`}
          cx={grips[which].x}
          cy={grips[which].y}
          r={6}
          onPointerDown={begin(which)}
        >
          <title>{t(which === 'source' ? 'relation.moveStart' : 'relation.moveEnd')}</title>
        </circle>
      ))}
    </g>
  );
}
