import { useId } from 'react';
import type { RelationType } from '../../model/types';
import { setRelationEnds } from '../../model/vocabularyEdits';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { setRelationEndsAction } from '../../store/vocabularyActions';
import { useEntryName, useRuleKinds } from './useNames';

/**
 * Which kinds a relation type may start from (or end at). "Any kind" is the absence of a rule;
 * unticking it starts from every kind, so nothing in use breaks. A kind that an edge of this type
 * uses cannot be unticked (setRelationEnds would refuse it), nor can the last one.
 */
export function EndsPicker({ relation, end }: { relation: RelationType; end: 'from' | 'to' }) {
  const t = useT();
  const name = useEntryName();
  const kinds = useRuleKinds();
  const doc = useAppStore((s) => s.doc);
  const legendId = useId();
  const list = relation[end] ?? [];
  const any = list.length === 0;
  const set = (next: string[]) => {
    setRelationEndsAction(relation.id, end, next);
  };
  return (
    <fieldset className="tm-vocab-ends" aria-labelledby={legendId}>
      <legend id={legendId}>{t(end === 'from' ? 'vocab.from' : 'vocab.to')}</legend>
      <label className="tm-check">
        <input type="checkbox" checked={any} onChange={() => set(any ? kinds.map((k) => k.id) : [])} />
        {t('vocab.anyKind')}
      </label>
      {!any &&
        kinds.map((k) => {
          const checked = list.includes(k.id);
          const next = checked ? list.filter((id) => id !== k.id) : [...list, k.id];
          const locked = checked && (next.length === 0 || setRelationEnds(doc, relation.id, end, next) === doc);
          return (
            <label key={k.id} className="tm-check" title={locked ? t(next.length === 0 ? 'vocab.endLast' : 'vocab.endInUse') : undefined}>
              <input type="checkbox" checked={checked} disabled={locked} onChange={() => set(next)} />
              {name(k)}
            </label>
          );
        })}
    </fieldset>
  );
}
