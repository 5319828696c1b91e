import { lazy, Suspense } from 'react';
import { useAppStore } from '../store/appStore';
import { FindPanel } from './findReplace/FindPanel';
import { ProblemsPanel } from './problems/ProblemsPanel';

// Compare (issue 14) brings the diff and its tables: loaded when first opened.
const ComparePanel = lazy(() => import('./compare/ComparePanel').then((m) => ({ default: m.ComparePanel })));

/** The open tool panel, if any (issue 6): Find and replace, or Problems. */
export function ToolPanels() {
  const panel = useAppStore((s) => s.toolPanel);
  if (panel === 'find') return <FindPanel />;
  if (panel === 'problems') return <ProblemsPanel />;
  if (panel === 'compare')
    return (
      <Suspense fallback={null}>
        <ComparePanel />
      </Suspense>
    );
  return null;
}
