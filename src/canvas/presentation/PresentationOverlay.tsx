import { Suspense } from 'react';
import { useAppStore } from '../../store/appStore';
import { lazyPart } from '../lazyPart';

// Not on screen at first paint: loaded when a presentation starts, or when the page is idle (issue 15).
const Presentation = lazyPart(() => import('./Presentation'), 'Presentation');

/** Presentation mode (issue 14 §4), drawn by Presentation.tsx while presenting. */
export function PresentationOverlay() {
  const presenting = useAppStore((s) => s.stepView?.mode === 'present');
  return presenting ? (
    <Suspense fallback={null}>
      <Presentation />
    </Suspense>
  ) : null;
}
