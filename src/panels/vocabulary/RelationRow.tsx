import { useState } from 'react';
import { RelationSwatch } from '../../canvas/Swatches';
import { ARROW_STYLES, LINE_STYLES, type ArrowStyle, type LineStyle, type RelationType } from '../../model/types';
import { setRelationArrow, setRelationLine } from '../../model/vocabularyEdits';
import { mergeWidening, relationUsage, removeRelation } from '../../model/vocabularyRemove';
import { useAppStore } from '../../store/appStore';
import { endFieldEdit } from '../../store/fieldSession';
import { useT } from '../../store/hooks';
import { SelectField } from '../inspector/fields';
import { EndsPicker } from './EndsPicker';
import { EntryHeader } from './EntryHeader';
import { EntryNames } from './EntryNames';
import { RemoveConfirm } from './RemoveConfirm';
import { useEntryName, useRuleKinds } from './useNames';

/** One relation type: colour, names, line, arrowheads, allowed ends, order, removal (re-typing its edges). */
export function RelationRow({ relation, index, count }: { relation: RelationType; index: number; count: number }) {
  const t = useT();
  const name = useEntryName();
  const ruleKinds = useRuleKinds();
  const usage = useAppStore((s) => relationUsage(s.doc, relation.id));
  const relations = useAppStore((s) => s.doc.vocabulary.relationTypes);
  const edit = useAppStore((s) => s.edit);
  const [removing, setRemoving] = useState(false);
  const line = relation.line ?? 'solid';
  const arrow = relation.arrow ?? 'end';
  const remove = (replacement?: string) => {
    endFieldEdit();
    edit((d) => removeRelation(d, relation.id, replacement));
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
          <div className="tm-vocab-style">
            <SelectField label={t('vocab.line')} value={line} onChange={(v) => edit((d) => setRelationLine(d, relation.id, v as LineStyle))}>
              {LINE_STYLES.map((s) => (
                <option key={s} value={s}>
                  {t(`line.${s}`)}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('vocab.arrow')} value={arrow} onChange={(v) => edit((d) => setRelationArrow(d, relation.id, v as ArrowStyle))}>
              {ARROW_STYLES.map((s) => (
                <option key={s} value={s}>
                  {t(`arrow.${s}`)}
                </option>
              ))}
            </SelectField>
            <span className="tm-vocab-preview" aria-hidden="true">
              <RelationSwatch color={relation.color} line={line} arrow={arrow} />
            </span>
          </div>
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
