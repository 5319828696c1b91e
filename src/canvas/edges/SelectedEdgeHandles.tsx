import type { Point } from '../../model/types';
import { BendHandles } from './BendHandles';
import type { Pt } from './floating';
import { ReconnectAnchors } from './ReconnectAnchors';
import type { BendDrag } from './RelationEdge';

type Props = { edgeId: string; start: Pt; end: Pt; mid: Pt; bends?: readonly Point[]; points: readonly Point[]; onDrag: (drag: BendDrag) => void };

/**
 * The grips of a selected edge: its two ends (ReconnectAnchors.tsx) and, for an edge of the
 * document, its bend points (BendHandles.tsx). Loaded as a lazy part (RelationEdge.tsx): nothing is
 * selected at first paint (issue 15, first load).
 */
export function SelectedEdgeHandles({ edgeId, start, end, mid, bends, points, onDrag }: Props) {
  return (
    <>
      <ReconnectAnchors edgeId={edgeId} start={start} end={end} mid={mid} />
      {bends && <BendHandles edgeId={edgeId} bends={bends} points={points} onDrag={onDrag} />}
    </>
  );
}
