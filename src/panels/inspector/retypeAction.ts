import type { TFunction } from '../../i18n/translate';
import { useAppStore } from '../../store/appStore';
import { retypeNodesAction } from '../../store/documentActions';
import { edgeEnds, kindName, relationName } from './describe';

/**
 * Changes the kind of the given nodes as ONE undo step, and says what that did to their edges:
 * edges re-typed to fit the new kind are listed; if some edge could not fit any relation type,
 * nothing changes and the blocking edges are listed instead (model/retype.ts explains the rule).
 */
export function changeKind(ids: Iterable<string>, kind: string, t: TFunction): void {
  const store = useAppStore.getState();
  const before = store.doc;
  const lang = store.diagramLang;
  const result = retypeNodesAction(ids, kind);
  if (result.blocked.length > 0) {
    store.notify(
      'warning',
      t('inspector.retypeBlocked', { kind: kindName(before, kind, lang) }),
      result.blocked.map((id) => `${edgeEnds(before, id, lang, t)}: ${relationName(before, before.edges.find((e) => e.id === id)?.relation ?? '', lang)}`),
    );
    return;
  }
  if (result.doc === before) return;
  if (result.retyped.length > 0) {
    store.notify(
      'info',
      t('inspector.retyped', { count: result.retyped.length }),
      result.retyped.map((r) => t('inspector.retypedEdge', { edge: edgeEnds(before, r.edge, lang, t), from: relationName(before, r.from, lang), to: relationName(before, r.to, lang) })),
    );
  }
}
