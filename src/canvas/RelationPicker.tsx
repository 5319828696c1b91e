import { memo, Suspense } from 'react';
import { useAppStore } from '../store/appStore';
import { lazyPart } from './lazyPart';
import './editing.css';

// Shown only after a connection with a choice of relation types: loaded then, or when the page is idle (issue 15).
const RelationPickerView = lazyPart(() => import('./RelationPickerView'), 'RelationPickerView');

/** The picker of the edge named in the store, if any (RelationPickerView.tsx). */
export const RelationPicker = memo(function RelationPicker() {
  const edgeId = useAppStore((s) => s.relationPicker);
  return edgeId ? (
    <Suspense fallback={null}>
      <RelationPickerView key={edgeId} edgeId={edgeId} />
    </Suspense>
  ) : null;
});
