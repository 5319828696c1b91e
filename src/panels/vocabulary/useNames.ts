import { useCallback } from 'react';
import { localize } from '../../model/language';
import { GROUP_KIND } from '../../model/types';
import { GROUP_KIND_DEFAULT, findKind } from '../../model/vocabulary';
import { useAppStore } from '../../store/appStore';

/** Names vocabulary entries in the diagram language (as the canvas and legend do); '' falls back to the id. */
export function useEntryName() {
  const original = useAppStore((s) => s.doc.meta.language);
  const lang = useAppStore((s) => s.diagramLang);
  return useCallback((entry: { id: string; label: string; labels?: Record<string, string> }) => localize(entry.label, entry.labels, lang, original).text || entry.id, [lang, original]);
}

/** Every kind a relation rule may name: the declared kinds and the built-in group. */
export function useRuleKinds(): { id: string; label: string; labels?: Record<string, string> }[] {
  const kinds = useAppStore((s) => s.doc.vocabulary.nodeKinds);
  const group = findKind({ nodeKinds: kinds, relationTypes: [] }, GROUP_KIND) ?? GROUP_KIND_DEFAULT;
  return kinds.some((k) => k.id === GROUP_KIND) ? kinds : [...kinds, group];
}
