import type { PointerEvent as ReactPointerEvent } from 'react';
import type { Point } from '../../model/types';
import { useScreenToFlow } from './flowPoint';

/** Pixels the pointer must travel before a press becomes a drag (a click stays a click). */
const DRAG_THRESHOLD = 3;

/**
 * A pointer drag in flow coordinates for the edge's grips: `move` on every pointer move past the
 * threshold (drawn locally, no store write), `drop` once on release (the one undo step), `click`
 * if it never moved.
 */
export function useDragPoint() {
  const screenToFlowPosition = useScreenToFlow();
  return (event: ReactPointerEvent, on: { move: (p: Point) => void; drop: (p: Point) => void; click?: () => void }) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.preventDefault();
    const x0 = event.clientX;
    const y0 = event.clientY;
    let moved = false;
    const at = (e: PointerEvent) => screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const move = (e: PointerEvent) => {
      if (!moved && Math.hypot(e.clientX - x0, e.clientY - y0) < DRAG_THRESHOLD) return;
      moved = true;
      on.move(at(e));
    };
    const up = (e: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
      if (moved) on.drop(at(e));
      else on.click?.();
    };
    const cancel = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
      if (moved) on.drop({ x: NaN, y: NaN }); // refused by the model edit: nothing changes
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
  };
}
