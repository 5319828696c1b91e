import { useState, useSyncExternalStore } from 'react';

/**
 * Whether a pointer is pressed on the canvas: from its press until its release (or cancel, or the
 * window losing focus). One set of window listeners for the whole page, added on first use.
 */
let pressed = false;
const listeners = new Set<() => void>();
const set = (on: boolean) => {
  if (pressed === on) return;
  pressed = on;
  for (const l of listeners) l();
};
const onDown = (event: PointerEvent) => {
  const target = event.target;
  if (event.button === 0 && target instanceof Element && target.closest('.react-flow') !== null) set(true);
};
const onUp = () => set(false);

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('pointerdown', onDown, true);
    window.addEventListener('pointerup', onUp, true);
    window.addEventListener('pointercancel', onUp, true);
    window.addEventListener('blur', onUp);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener('pointerdown', onDown, true);
    window.removeEventListener('pointerup', onUp, true);
    window.removeEventListener('pointercancel', onUp, true);
    window.removeEventListener('blur', onUp);
    pressed = false;
  };
}

const isPressed = () => pressed;

/**
 * `value`, held at what it was when a press on the canvas began, until the press ends.
 *
 * Pressing a node selects it and starts its drag in the same frame. The inspector then mounted the
 * node's fields in the drag's first frame, and their style and layout made it 70–100 ms at 500
 * nodes (issue 15). Held, the inspector shows the node when the press ends: a click shows it at
 * once, a drag when it is dropped.
 */
export function useHeldWhilePressed<T>(value: T): T {
  const now = useSyncExternalStore(subscribe, isPressed, () => false);
  const [held, setHeld] = useState(value);
  // Kept in step while nothing is pressed (React's way of keeping state from an earlier render).
  if (!now && held !== value) setHeld(value);
  return now ? held : value;
}
