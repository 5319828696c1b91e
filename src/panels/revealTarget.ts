import { services } from '../commands/services';
import type { ProblemTarget } from '../model/lint';
import { useAppStore } from '../store/appStore';
import { VOCABULARY_DIALOG } from '../commands/vocabularyCommands';

/**
 * Shows what a problem or a search hit is about: a node or edge is selected (the Inspector opens
 * on it) and brought into view; the model itself clears the selection (the Inspector shows the
 * title); a kind or relation type opens the vocabulary editor.
 */
export function revealTarget(target: ProblemTarget): void {
  const state = useAppStore.getState();
  const doc = state.doc;
  switch (target.type) {
    case 'node':
      if (!doc.nodes.some((n) => n.id === target.id)) return;
      state.setSelection({ nodes: new Set([target.id]), edges: new Set() });
      services.reveal?.([target.id]);
      return;
    case 'edge': {
      const edge = doc.edges.find((e) => e.id === target.id);
      if (!edge) return;
      state.setSelection({ nodes: new Set(), edges: new Set([edge.id]) });
      services.reveal?.([edge.source, edge.target]);
      return;
    }
    case 'meta':
      state.setSelection({ nodes: new Set(), edges: new Set() });
      return;
    case 'kind':
    case 'relation':
      state.setDialog(VOCABULARY_DIALOG);
  }
}
