import { useAppStore } from '../store/appStore';
import { lazyPart } from './lazyPart';

// Not on screen at first paint (issue 15): loaded when a focus starts, or when the page is idle.
const FocusBar = lazyPart(() => import('./FocusBar'), 'FocusBar');

/** The focus bar (FocusBar.tsx) while a focus is on (issue 14). */
export function FocusBarHost() {
  const on = useAppStore((s) => s.focus !== null);
  return on ? <FocusBar /> : null;
}
