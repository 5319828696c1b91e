import { memo } from 'react';
import { useAppStore } from '../store/appStore';
import { ViewportLayer } from './edges/ViewportLayer';

/** How far a guide reaches beyond the figure (flow px): long enough to read, short enough not to clutter. */
const REACH = 100_000;

/**
 * The alignment guides of a drag (issue 10, item 6): thin lines in flow coordinates where the
 * dragged node lines up with another. Drawn only while dragging; never exported (the export stage
 * copies `.react-flow__viewport`'s nodes and edges, and this sits in React Flow's portal layer).
 */
export const AlignmentGuides = memo(function AlignmentGuides() {
  const guides = useAppStore((s) => s.guides);
  if (!guides) return null;
  return (
    <ViewportLayer>
      <svg className="tm-guides" aria-hidden="true" style={{ position: 'absolute', left: 0, top: 0, overflow: 'visible', pointerEvents: 'none' }} width={1} height={1}>
        {guides.x.map((x) => (
          <line key={`x${x}`} x1={x} x2={x} y1={-REACH} y2={REACH} />
        ))}
        {guides.y.map((y) => (
          <line key={`y${y}`} x1={-REACH} x2={REACH} y1={y} y2={y} />
        ))}
      </svg>
    </ViewportLayer>
  );
});
