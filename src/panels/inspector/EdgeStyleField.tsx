import { DEFAULT_EDGE_STYLE, EDGE_STYLES, type EdgeStyle } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { chooseEdgeStyle } from '../../store/edgeGeometryActions';
import { useT } from '../../store/hooks';
import { Section, SelectField } from './fields';

/** The model's edge style (format v3, issue 10): straight, orthogonal or curved — one undo step per choice. */
export function EdgeStyleField() {
  const t = useT();
  const style = useAppStore((s) => s.doc.style?.edges ?? DEFAULT_EDGE_STYLE);
  return (
    <Section title={t('inspector.figureSection')}>
      <SelectField label={t('inspector.edgeStyle')} value={style} onChange={(v) => EDGE_STYLES.includes(v as EdgeStyle) && chooseEdgeStyle(v as EdgeStyle)} hint={t('inspector.edgeStyleHint')}>
        {EDGE_STYLES.map((s) => (
          <option key={s} value={s}>
            {t(`edgeStyle.${s}`)}
          </option>
        ))}
      </SelectField>
    </Section>
  );
}
