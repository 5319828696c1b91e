import { Suspense, useEffect } from 'react';
import { lazyPart } from '../../canvas/lazyPart';
import { useAppStore } from '../../store/appStore';
import { endFieldEdit } from '../../store/fieldSession';
import { useT } from '../../store/hooks';
import { DocumentInspector } from './DocumentInspector';
import { useHeldWhilePressed } from './heldWhilePressed';
import './inspector.css';

// What edits a selection is not on screen at first paint (nothing is selected then): loaded when
// first needed, or when the page is idle after start-up (issue 15). The model's own inspector is.
const NodeInspector = lazyPart(() => import('./NodeInspector'), 'NodeInspector');
const EdgeInspector = lazyPart(() => import('./EdgeInspector'), 'EdgeInspector');
const MultiInspector = lazyPart(() => import('./MultiInspector'), 'MultiInspector');

/**
 * The side panel that edits what is selected: one node, one edge, a group, several things, or —
 * with nothing selected — the model itself. Every field writes the document as you type (the
 * canvas follows) and each field edit is one undo step (store/fieldSession.ts).
 */
export function Inspector() {
  const t = useT();
  const selection = useHeldWhilePressed(useAppStore((s) => s.selection));
  const nodeIds = [...selection.nodes];
  const edgeIds = [...selection.edges];
  // Present ids only: a selection can briefly name an element that an undo just removed.
  const nodeExists = useAppStore((s) => nodeIds.length === 1 && s.doc.nodes.some((n) => n.id === nodeIds[0]));
  const edgeExists = useAppStore((s) => edgeIds.length === 1 && s.doc.edges.some((e) => e.id === edgeIds[0]));

  // A new selection (or closing the panel) ends the field edit in progress: the next field is a step of its own.
  useEffect(() => () => endFieldEdit(), [selection]);

  const count = nodeIds.length + edgeIds.length;
  let body;
  if (count === 1 && nodeExists) body = <NodeInspector key={`n:${nodeIds[0]}`} id={nodeIds[0]} />;
  else if (count === 1 && edgeExists) body = <EdgeInspector key={`e:${edgeIds[0]}`} id={edgeIds[0]} />;
  else if (count > 1) body = <MultiInspector nodeIds={nodeIds} edgeCount={edgeIds.length} />;
  else body = <DocumentInspector />;

  return (
    <aside className="tm-inspector" aria-label={t('inspector.title')}>
      <h2 className="tm-inspector-title">{t('inspector.title')}</h2>
      <div className="tm-inspector-body">
        <Suspense fallback={null}>{body}</Suspense>
      </div>
    </aside>
  );
}
