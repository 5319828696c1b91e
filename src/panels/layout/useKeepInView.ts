import { useLayoutEffect, type RefObject } from 'react';

/**
 * Shifts an absolutely positioned popup left when it would stick out of the window's right edge:
 * the layout controls sit at the end of the toolbar, whose wrapping depends on the language.
 */
export function useKeepInView(ref: RefObject<HTMLElement | null>, margin = 8) {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.translate = '';
    const { left, right } = el.getBoundingClientRect();
    const overflow = right - (window.innerWidth - margin);
    if (overflow > 0) el.style.translate = `${-Math.min(overflow, left - margin)}px 0`;
  });
}
