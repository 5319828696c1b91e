import { Suspense } from 'react';
import { useAppStore } from '../store/appStore';
import { lazyPart } from '../canvas/lazyPart';
import { ToolPanel } from './ToolPanel';
import { useT } from '../store/hooks';

// Find and replace and Problems (with the model checks' rules) are not on screen at first paint:
// loaded when first opened, or when the page is idle after start-up (issue 15).
const FindPanel = lazyPart(() => import('./findReplace/FindPanel'), 'FindPanel');
const ProblemsPanel = lazyPart(() => import('./problems/ProblemsPanel'), 'ProblemsPanel');

// The text view brings CodeMirror and the notation's parser: loaded when first opened (issue 12).
const TextViewPanel = lazyPart(() => import('./textView/TextViewPanel'), 'TextViewPanel', { preload: false });

// Compare (issue 14) brings the diff and its tables: loaded when first opened.
const ComparePanel = lazyPart(() => import('./compare/ComparePanel'), 'ComparePanel', { preload: false });

// The library beside the canvas (issue 16) brings the library's actions: loaded when first shown.
const LibraryPanel = lazyPart(() => import('./library/LibraryPanel'), 'LibraryPanel', { preload: false });

// The presentation's steps (issue 14 §4): loaded when first opened.
const StepsPanel = lazyPart(() => import('./steps/StepsPanel'), 'StepsPanel', { preload: false });

/** The open tool panel, if any (issue 6): Find and replace, Problems, the text view (issue 12), Compare and the presentation's steps (issue 14) or the library (issue 16). */
export function ToolPanels() {
  const panel = useAppStore((s) => s.toolPanel);
  if (panel === 'find')
    return (
      <Suspense fallback={null}>
        <FindPanel />
      </Suspense>
    );
  if (panel === 'problems')
    return (
      <Suspense fallback={null}>
        <ProblemsPanel />
      </Suspense>
    );
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
