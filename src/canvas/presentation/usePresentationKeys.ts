import { useEffect, type RefObject } from 'react';
import { stepBy, stepTo, shownSteps, stopPresenting, toggleSpeakerNotes } from '../../store/presentationActions';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/**
 * The keys of presentation mode, taken before anything else on the page (a capture listener on
 * the window): arrows, Page Up/Down and Space step, Home/End go to the ends, N toggles the notes,
 * Esc leaves. Every other key stops here too, so no editing shortcut (Delete, Ctrl+Z…) reaches
 * the model while presenting; Tab still moves between the presentation's buttons, and Space or
 * Enter on a focused button presses it.
 */
export function usePresentationKeys(root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Tab') return;
      event.stopPropagation();
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const onButton = event.target instanceof HTMLButtonElement && root.current?.contains(event.target);
      if (onButton && (event.key === ' ' || event.key === 'Enter')) return;
      let handled = true;
      if (NEXT.has(event.key)) stepBy(1);
      else if (PREVIOUS.has(event.key)) stepBy(-1);
      else if (event.key === 'Home') stepTo(0);
      else if (event.key === 'End') stepTo(shownSteps().steps.length - 1);
      else if (event.key === 'Escape') stopPresenting();
      else if (event.key.toLowerCase() === 'n') toggleSpeakerNotes();
      else if (event.key === 'F5') handled = true;
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [root]);
}
