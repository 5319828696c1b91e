import { useEffect, useMemo, useState } from 'react';
import { keepSameItems, sameForEdges, toFlowEdges, toFlowNodes, type FlowNode, type FlowView, type RelationFlowEdge } from '../io/flow';
import { revealedDoc } from '../store/layoutReveal';
import { useAppStore } from '../store/appStore';
import { useT } from '../store/hooks';
import { withTween } from './tween';
import { withEmphasis } from './withEmphasis';
import { hasEmphasis, NO_EMPHASIS } from '../model/emphasis';
import type { TheoryModel } from '../model/types';
import { lazyModule } from './lazyModule';
import { currentScope } from '../store/presentationScope';
import { mountStep, type MountState } from './mountSlices';


/** Each element's look under a focus, filters or marks (issue 14): loaded when first needed (issue 15). */
const emphasisLooks = lazyModule(() => import('../model/emphasisLooks'));
/**
 * React Flow's nodes and edges for the open document. The canvas is the one component that
 * needs whole arrays (React Flow takes them); everything else subscribes narrowly.
 */
export function useFlowElements() {
  const whole = useAppStore((s) => s.doc);
  // A large model just opened is drawn over several frames (issue 17): `doc` is what is drawn.
  const [drawn, setDrawn] = useState<MountState>({ mounted: new Set(), slicing: false });
  const step = useMemo(() => mountStep(whole, drawn), [whole, drawn]);
  const doc = step.shown;
  const mounting = step.mounting;
  useEffect(() => {
    // The next slice on the next frame; and, once drawn, what is drawn is remembered when it
    // changed in size (not on every move: a drag re-renders nothing more).
    if (!mounting && !drawn.slicing && drawn.mounted.size === step.state.mounted.size) return;
    const id = requestAnimationFrame(() => setDrawn(step.state));
    return () => cancelAnimationFrame(id);
  }, [step, mounting, drawn]);
  const lang = useAppStore((s) => s.diagramLang);
  const selection = useAppStore((s) => s.selection);
  const measured = useAppStore((s) => s.measured);
  // Auto-layout animates by painting in-between positions for a few frames (issue 4).
  const tween = useAppStore((s) => s.layoutTween);
  // A large result is revealed in slices instead (issue 15): the rest drawn where they were.
  const reveal = useAppStore((s) => s.layoutReveal);
  const t = useT();

  // The aria-name makers are cache keys of every node and edge (io/flow.ts): made once per
  // language, not per view. Made with the view, a new selection or one newly measured node gave
  // every node and edge a new object, and React Flow re-rendered all of them (issue 17's slices
  // each re-drew everything drawn before them).
  const aria = useMemo(
    () => ({
      nodeAria: (kind: string, label: string) => t('node.aria', { kind, label }),
      edgeAria: (source: string, target: string, relation: string) => t('edge.aria', { source, target, relation }),
    }),
    [t],
  );
  const view: FlowView = useMemo(
    () => ({ lang, selectedNodes: selection.nodes, selectedEdges: selection.edges, measured, ...aria }),
    [lang, selection, measured, aria],
  );
  // Focus, legend filters and find marks (issue 14): view state, drawn as classes and `hidden`.
  const focus = useAppStore((s) => s.focus);
  const filters = useAppStore((s) => s.filters);
  const findMarks = useAppStore((s) => s.findMarks);
  const diffMarks = useAppStore((s) => s.diffMarks);
  // A presentation step (or one shown from the steps panel) dims what it does not show.
  const scope = useAppStore(currentScope);
  const emphasised = hasEmphasis({ focus, filters, hits: findMarks, diff: diffMarks, step: scope });
  const kernel = emphasisLooks.use(emphasised);
  const looks = useMemo(
    () => (emphasised && kernel ? kernel.emphasis(doc, { focus, filters, hits: findMarks, diff: diffMarks, step: scope }) : NO_EMPHASIS),
    [emphasised, kernel, doc, focus, filters, findMarks, diffMarks, scope],
  );
  const docNodes = useMemo(() => withEmphasis(toFlowNodes(revealedDoc(doc, reveal), view), looks.nodes), [doc, reveal, view, looks]);
  const [keepNodes] = useState(() => keepSameItems<FlowNode>());
  const nodes = useMemo(() => keepNodes(withTween(docNodes, tween)), [keepNodes, docNodes, tween]);
  // A drag changes only nodes: the edges are rebuilt only when what they show changed, and the
  // edges array stays the same object, so React Flow does not run `setEdges` (and its edge
  // selectors) on every drag frame (issue 15).
  const [forEdges] = useState(() => {
    let last: TheoryModel | null = null;
    return (d: TheoryModel) => (last = sameForEdges(last, d));
  });
  const edgeDoc = useMemo(() => forEdges(doc), [forEdges, doc]);
  const [keepEdges] = useState(() => keepSameItems<RelationFlowEdge>());
  const edges = useMemo(() => keepEdges(withEmphasis(toFlowEdges(edgeDoc, view), looks.edges, true)), [keepEdges, edgeDoc, view, looks]);
  return { nodes, edges, mounting };
}
