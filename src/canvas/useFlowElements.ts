import { useMemo } from 'react';
import { toFlowEdges, toFlowNodes, type FlowView } from '../io/flow';
import { useAppStore } from '../store/appStore';
import { useT } from '../store/hooks';
import { withTween } from './tween';
import { withEmphasis } from './withEmphasis';
import { emphasis } from '../model/emphasis';
import { currentScope } from '../store/presentationActions';

/**
 * React Flow's nodes and edges for the open document. The canvas is the one component that
 * needs whole arrays (React Flow takes them); everything else subscribes narrowly.
 */
export function useFlowElements() {
  const doc = useAppStore((s) => s.doc);
  const lang = useAppStore((s) => s.diagramLang);
  const selection = useAppStore((s) => s.selection);
  const measured = useAppStore((s) => s.measured);
  // Auto-layout animates by painting in-between positions for a few frames (issue 4).
  const tween = useAppStore((s) => s.layoutTween);
  const t = useT();

  const view: FlowView = useMemo(
    () => ({
      lang,
      selectedNodes: selection.nodes,
      selectedEdges: selection.edges,
      measured,
      nodeAria: (kind, label) => t('node.aria', { kind, label }),
      edgeAria: (source, target, relation) => t('edge.aria', { source, target, relation }),
    }),
    [lang, selection, measured, t],
  );
  // Focus, legend filters and find marks (issue 14): view state, drawn as classes and `hidden`.
  const focus = useAppStore((s) => s.focus);
  const filters = useAppStore((s) => s.filters);
  const findMarks = useAppStore((s) => s.findMarks);
  const diffMarks = useAppStore((s) => s.diffMarks);
  // A presentation step (or one shown from the steps panel) dims what it does not show.
  const step = useAppStore(currentScope);
  const looks = useMemo(() => emphasis(doc, { focus, filters, hits: findMarks, diff: diffMarks, step }), [doc, focus, filters, findMarks, diffMarks, step]);
  const docNodes = useMemo(() => withEmphasis(toFlowNodes(doc, view), looks.nodes), [doc, view, looks]);
  const nodes = useMemo(() => withTween(docNodes, tween), [docNodes, tween]);
  const edges = useMemo(() => withEmphasis(toFlowEdges(doc, view), looks.edges, true), [doc, view, looks]);
  return { nodes, edges };
}
