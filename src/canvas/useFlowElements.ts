import { useMemo } from 'react';
import { toFlowEdges, toFlowNodes, type FlowView } from '../io/flow';
import { useAppStore } from '../store/appStore';
import { useT } from '../store/hooks';
import { withTween } from './tween';

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
  const docNodes = useMemo(() => toFlowNodes(doc, view), [doc, view]);
  const nodes = useMemo(() => withTween(docNodes, tween), [docNodes, tween]);
  const edges = useMemo(() => toFlowEdges(doc, view), [doc, view]);
  return { nodes, edges };
}
