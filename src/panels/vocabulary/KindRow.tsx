import { useState } from 'react';
import { NODE_SHAPES, GROUP_KIND, type NodeKind, type NodeShape } from '../../model/types';
import { kindUsage } from '../../model/vocabularyRemove';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { removeKindAction, setKindShapeAction } from '../../store/vocabularyActions';
import { KindSwatch } from '../../canvas/Swatches';
import { SelectField } from '../inspector/fields';
import { EntryHeader } from './EntryHeader';
import { EntryNames } from './EntryNames';
import { RemoveConfirm } from './RemoveConfirm';
import { useEntryName } from './useNames';

/** One node kind: colour, names, shape, order, removal (reassigning its elements). */
export function KindRow({ kind, index, count }: { kind: NodeKind; index: number; count: number }) {
  const t = useT();
  const name = useEntryName();
  const usage = useAppStore((s) => kindUsage(s.doc, kind.id));
  const kinds = useAppStore((s) => s.doc.vocabulary.nodeKinds);
  const [removing, setRemoving] = useState(false);
  const shape = kind.shape ?? 'rounded';
  const remove = (replacement?: string) => {
    removeKindAction(kind.id, replacement);
    setRemoving(false);
  };
  return (
    <li>
      <div className="tm-vocab-entry" role="group" aria-label={name(kind)}>
        <EntryHeader
          list="nodeKinds"
          id={kind.id}
          name={name(kind)}
          color={kind.color}
          usage={t('vocab.kindUsage', { count: usage })}
          first={index === 0}
          last={index === count - 1}
          removable={kind.id !== GROUP_KIND}
          onRemove={() => (usage > 0 ? setRemoving(true) : remove())}
        />
        <div className="tm-vocab-entry-body">
          <EntryNames list="nodeKinds" entry={kind} />
          <div className="tm-vocab-style">
            <SelectField label={t('vocab.shape')} value={shape} onChange={(v) => setKindShapeAction(kind.id, v as NodeShape)}>
              {NODE_SHAPES.map((s) => (
                <option key={s} value={s}>
                  {t(`shape.${s}`)}
                </option>
              ))}
            </SelectField>
            <span className="tm-vocab-preview" aria-hidden="true">
              <KindSwatch color={kind.color} shape={shape} />
            </span>
          </div>
        </div>
        {removing && (
          <RemoveConfirm
            question={t('vocab.removeKindInUse', { count: usage, name: name(kind) })}
            options={kinds.filter((k) => k.id !== kind.id && k.id !== GROUP_KIND).map((k) => ({ id: k.id, name: name(k) }))}
            consequences={(replacement) => [t('vocab.kindMerge', { name: name(kind), replacement: name(kinds.find((k) => k.id === replacement) ?? kind) })]}
            onConfirm={remove}
            onCancel={() => setRemoving(false)}
          />
        )}
      </div>
    </li>
  );
}
