import { useState, useSyncExternalStore } from 'react';

/**
 * Whether a pointer is pressed on the canvas: from its press until its release (or cancel, or the
 * window losing focus). The page's pointer, not one editor's state: one set of window listeners
 * for the whole page, added while something listens.
 */
export function pressWatch(target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window) {
  let pressed = false;
  const listeners = new Set<() => void>();
  const set = (on: boolean) => {
    if (pressed === on) return;
    pressed = on;
    for (const l of listeners) l();
  };
  const onDown = (event: PointerEvent) => {
    const el = event.target;
    if (event.button === 0 && el instanceof Element && el.closest('.react-flow') !== null) set(true);
  };
  const onUp = () => set(false);
  // Released wherever it ends (capture), or when the window loses focus: `blur` not captured,
  // or a field losing focus to the press would end it.
  const ends = ['pointerup', 'pointercancel'] as const;
  return {
    isPressed: () => pressed,
    subscribe(listener: () => void): () => void {
      if (listeners.size === 0) {
        target.addEventListener('pointerdown', onDown, true);
        for (const type of ends) target.addEventListener(type, onUp, true);
        target.addEventListener('blur', onUp);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        target.removeEventListener('pointerdown', onDown, true);
        for (const type of ends) target.removeEventListener(type, onUp, true);
        target.removeEventListener('blur', onUp);
        pressed = false;
      };
    },
  };
}

const press = pressWatch();

/**
 * `value`, held at what it was when a press on the canvas began, until the press ends.
 *
 * Pressing a node selects it and starts its drag in the same frame. The inspector then mounted the
 * node's fields in the drag's first frame, and their style and layout made it 70–100 ms at 500
 * nodes (issue 15). Held, the inspector shows the node when the press ends: a click shows it at
 * once, a drag when it is dropped.
 */
export function useHeldWhilePressed<T>(value: T): T {
  const now = useSyncExternalStore(press.subscribe, press.isPressed, () => false);
  const [held, setHeld] = useState(value);
  // Kept in step while nothing is pressed (React's way of keeping state from an earlier render).
  if (!now && held !== value) setHeld(value);
  return now ? held : value;
}
