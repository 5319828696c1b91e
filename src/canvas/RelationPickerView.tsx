import { useEffect, useMemo, useRef } from 'react';
import { EdgeToolbar, useInternalNode } from '@xyflow/react';
import type { FlowNode } from '../io/flow';
import { relationChoices } from '../model/connections';
import { localize } from '../model/language';
import { useAppStore } from '../store/appStore';
import { changeRelation } from '../store/editActions';
import { useT } from '../store/hooks';
import { RelationSwatch } from './Swatches';

function centre(node: ReturnType<typeof useInternalNode<FlowNode>>) {
  if (!node) return undefined;
  const { x, y } = node.internals.positionAbsolute;
  return { x: x + (node.measured.width ?? 0) / 2, y: y + (node.measured.height ?? 0) / 2 };
}

/**
 * Right after a connection is drawn, a small menu next to the new edge lists the relation types
 * the vocabulary allows between the two kinds, the chosen default marked, so the type can be
 * changed with one click (or the keyboard: it takes focus; Escape closes it). Shown only when
 * there is a choice to make; the Inspector shows the type too. Loaded when first shown, or when the
 * page is idle (RelationPicker.tsx, issue 15).
 */
export function RelationPickerView({ edgeId }: { edgeId: string }) {
  const t = useT();
  const doc = useAppStore((s) => s.doc);
  const lang = useAppStore((s) => s.diagramLang);
  const selected = useAppStore((s) => s.selection.edges.has(edgeId));
  const close = useAppStore((s) => s.setRelationPicker);
  const edge = doc.edges.find((e) => e.id === edgeId);
  const choices = useMemo(() => relationChoices(doc, edgeId), [doc, edgeId]);
  const s = centre(useInternalNode<FlowNode>(edge?.source ?? ''));
  const e = centre(useInternalNode<FlowNode>(edge?.target ?? ''));
  const current = useRef<HTMLButtonElement>(null);
  const visible = !!edge && selected && choices.length > 1 && !!s && !!e;

  useEffect(() => {
    if (visible) current.current?.focus({ preventScroll: true });
  }, [visible]);

  if (!visible) return null;
  return (
    <EdgeToolbar edgeId={edgeId} x={(s.x + e.x) / 2} y={(s.y + e.y) / 2} isVisible alignY="top" className="nodrag nopan">
      <div
        role="group"
        aria-label={t('relation.picker')}
        className="tm-relation-picker"
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.stopPropagation();
          close(null);
        }}
      >
        <span className="tm-relation-picker-title">{t('relation.pickerTitle')}</span>
        {choices.map((r) => {
          const active = r.id === edge.relation;
          return (
            <button
              key={r.id}
              ref={active ? current : undefined}
              type="button"
              aria-pressed={active}
              className="tm-relation-choice"
              onClick={() => {
                if (changeRelation(edgeId, r.id).ok) close(null);
              }}
            >
              <RelationSwatch color={r.color} line={r.line ?? 'solid'} arrow={r.arrow ?? 'end'} head={r.head} width={r.width} />
              <span>{localize(r.label, r.labels, lang, doc.meta.language).text}</span>
            </button>
          );
        })}
        <button type="button" className="tm-relation-done" onClick={() => close(null)}>
          {t('relation.done')}
        </button>
      </div>
    </EdgeToolbar>
  );
}
