import { useState } from 'react';
import type { RelationType } from '../../model/types';
import { mergeWidening, relationUsage } from '../../model/vocabularyRemove';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { removeRelationAction } from '../../store/vocabularyActions';
import { EndsPicker } from './EndsPicker';
import { EntryHeader } from './EntryHeader';
import { EntryNames } from './EntryNames';
import { RelationLook } from './RelationLook';
import { RemoveConfirm } from './RemoveConfirm';
import { useEntryName, useRuleKinds } from './useNames';

/** One relation type: colour, names, look (RelationLook), allowed ends, order, removal (re-typing its edges). */
export function RelationRow({ relation, index, count }: { relation: RelationType; index: number; count: number }) {
  const t = useT();
  const name = useEntryName();
  const ruleKinds = useRuleKinds();
  const usage = useAppStore((s) => relationUsage(s.doc, relation.id));
  const relations = useAppStore((s) => s.doc.vocabulary.relationTypes);
  const [removing, setRemoving] = useState(false);
  const remove = (replacement?: string) => {
    removeRelationAction(relation.id, replacement);
    setRemoving(false);
  };
  const kindNames = (ids: string[]) => ids.map((id) => name(ruleKinds.find((k) => k.id === id) ?? { id, label: id })).join('、');
  const consequences = (replacement: string) => {
    const widening = mergeWidening(useAppStore.getState().doc, relation.id, replacement);
    const target = name(relations.find((r) => r.id === replacement) ?? relation);
    return [
      ...(widening.from.length > 0 ? [t('vocab.wideningFrom', { name: target, kinds: kindNames(widening.from) })] : []),
      ...(widening.to.length > 0 ? [t('vocab.wideningTo', { name: target, kinds: kindNames(widening.to) })] : []),
    ];
  };
  return (
    <li>
      <div className="tm-vocab-entry" role="group" aria-label={name(relation)}>
        <EntryHeader
          list="relationTypes"
          id={relation.id}
          name={name(relation)}
          color={relation.color}
          usage={t('vocab.relationUsage', { count: usage })}
          first={index === 0}
          last={index === count - 1}
          removable
          onRemove={() => (usage > 0 ? setRemoving(true) : remove())}
        />
        <div className="tm-vocab-entry-body">
          <EntryNames list="relationTypes" entry={relation} />
          <RelationLook relation={relation} />
          <div className="tm-vocab-rules">
            <EndsPicker relation={relation} end="from" />
            <EndsPicker relation={relation} end="to" />
          </div>
        </div>
        {removing && (
          <RemoveConfirm
            question={t('vocab.removeRelationInUse', { count: usage, name: name(relation) })}
            options={relations.filter((r) => r.id !== relation.id).map((r) => ({ id: r.id, name: name(r) }))}
            consequences={consequences}
            onConfirm={remove}
            onCancel={() => setRemoving(false)}
          />
        )}
      </div>
    </li>
  );
}
