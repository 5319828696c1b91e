import { RelationSwatch } from '../../canvas/Swatches';
import { lookOf } from '../../model/relationStyle';
import { ARROW_HEADS, ARROW_STYLES, LINE_STYLES, type ArrowHead, type ArrowStyle, type LineStyle, type RelationType } from '../../model/types';
import { setRelationArrowAction, setRelationHeadAction, setRelationLineAction, setRelationWidthAction } from '../../store/relationLookActions';
import { useT } from '../../store/hooks';
import { SelectField } from '../inspector/fields';

/** Widths offered, px: from a hairline to a heavy line; journal figures use about 0.8–2.4. */
export const WIDTH_CHOICES = [0.8, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6] as const;

/**
 * How a relation type is drawn, so types differ in a greyscale print (issue 10): line pattern,
 * width, arrowhead shape and which ends carry one, with a live swatch. Each choice is one undo step.
 */
export function RelationLook({ relation }: { relation: RelationType }) {
  const t = useT();
  const look = lookOf(relation);
  // A width from a file that is not one of the choices stays selectable as itself.
  const widths = WIDTH_CHOICES.some((w) => w === look.width) ? [...WIDTH_CHOICES] : [...WIDTH_CHOICES, look.width].sort((a, b) => a - b);
  return (
    <div className="tm-vocab-style">
      <SelectField label={t('vocab.line')} value={look.line} onChange={(v) => setRelationLineAction(relation.id, v as LineStyle)}>
        {LINE_STYLES.map((s) => (
          <option key={s} value={s}>
            {t(`line.${s}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('vocab.width')} value={String(look.width)} onChange={(v) => setRelationWidthAction(relation.id, Number(v))}>
        {widths.map((w) => (
          <option key={w} value={String(w)}>
            {t('vocab.widthValue', { width: w })}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('vocab.head')} value={look.head} onChange={(v) => setRelationHeadAction(relation.id, v as ArrowHead)}>
        {ARROW_HEADS.map((h) => (
          <option key={h} value={h}>
            {t(`head.${h}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('vocab.arrow')} value={look.arrow} onChange={(v) => setRelationArrowAction(relation.id, v as ArrowStyle)}>
        {ARROW_STYLES.map((s) => (
          <option key={s} value={s}>
            {t(`arrow.${s}`)}
          </option>
        ))}
      </SelectField>
      <span className="tm-vocab-preview" aria-hidden="true">
        <RelationSwatch color={relation.color} line={look.line} arrow={look.arrow} head={look.head} width={look.width} />
      </span>
    </div>
  );
}
