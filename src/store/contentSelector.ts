import type { TheoryModel } from '../model/types';
import { activeEditor } from './activeEditor';
import type { AppState } from './appStore';

/**
 * The document as far as its *content* goes: the same object as long as only positions or sizes
 * changed. Panels that read text, kinds and relations (legend, language switch, Problems, Find)
 * subscribe through this, so a 60-frame drag of one node does not re-run their work 60 times
 * over the whole model (issue 7: drag cost must track the dragged node, not N).
 */
export function selectContent(state: AppState): TheoryModel {
  // The memo is the editor's (its session), so two editors or two tests never share one.
  const session = activeEditor().session;
  const last = session.content;
  const doc = state.doc;
  if (last?.doc === doc) return last.content;
  const content = last && sameContent(last.content, doc) ? last.content : doc;
  session.content = { doc, content };
  return content;
}

export function sameContent(a: TheoryModel, b: TheoryModel): boolean {
  if (a === b) return true;
  if (a.meta !== b.meta || a.vocabulary !== b.vocabulary || a.edges !== b.edges || a.nodes.length !== b.nodes.length) return false;
  if (a.template !== b.template || a.checks !== b.checks || a.layout !== b.layout) return false;
  return a.nodes.every((n, i) => {
    const m = b.nodes[i];
    return n === m || (n.id === m.id && n.kind === m.kind && n.label === m.label && n.labels === m.labels && n.description === m.description && n.parent === m.parent);
  });
}
