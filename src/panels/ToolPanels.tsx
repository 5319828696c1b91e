import { lazy, Suspense } from 'react';
import { useAppStore } from '../store/appStore';
import { FindPanel } from './findReplace/FindPanel';
import { ProblemsPanel } from './problems/ProblemsPanel';
import { ToolPanel } from './ToolPanel';
import { useT } from '../store/hooks';

// The text view brings CodeMirror and the notation's parser: loaded when first opened (issue 12).
const TextViewPanel = lazy(() => import('./textView/TextViewPanel').then((m) => ({ default: m.TextViewPanel })));

// Compare (issue 14) brings the diff and its tables: loaded when first opened.
const ComparePanel = lazy(() => import('./compare/ComparePanel').then((m) => ({ default: m.ComparePanel })));

// The library beside the canvas (issue 16) brings the library's actions: loaded when first shown.
const LibraryPanel = lazy(() => import('./library/LibraryPanel').then((m) => ({ default: m.LibraryPanel })));

// The presentation's steps (issue 14 §4): loaded when first opened.
const StepsPanel = lazy(() => import('./steps/StepsPanel').then((m) => ({ default: m.StepsPanel })));

/** The open tool panel, if any (issue 6): Find and replace, Problems, the text view (issue 12), Compare and the presentation's steps (issue 14) or the library (issue 16). */
export function ToolPanels() {
  const panel = useAppStore((s) => s.toolPanel);
  if (panel === 'find') return <FindPanel />;
  if (panel === 'problems') return <ProblemsPanel />;
  if (panel === 'text')
    return (
      <Suspense fallback={<TextViewLoading />}>
        <TextViewPanel />
      </Suspense>
    );
  if (panel === 'steps')
    return (
      <Suspense fallback={null}>
        <StepsPanel />
      </Suspense>
    );
  if (panel === 'compare')
    return (
      <Suspense fallback={null}>
        <ComparePanel />
      </Suspense>
    );
  if (panel === 'library')
    return (
      <Suspense fallback={null}>
        <LibraryPanel />
      </Suspense>
    );
  return null;
}

function TextViewLoading() {
  const t = useT();
  return (
    <ToolPanel title={t('textView.title')}>
      <p className="tm-tool-count" role="status">{t('textView.loading')}</p>
    </ToolPanel>
  );
}
