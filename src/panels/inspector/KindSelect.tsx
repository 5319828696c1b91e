import { localize } from '../../model/language';
import { GROUP_KIND } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { SelectField } from './fields';
import { changeKind } from './retypeAction';

/**
 * The "Kind" select for one or several element nodes. `value` is the shared kind, or '' when the
 * nodes differ (a "mixed" placeholder is shown). Choosing a kind retypes them all as one step.
 */
export function KindSelect({ ids, value, hint }: { ids: readonly string[]; value: string; hint?: string }) {
  const t = useT();
  const vocabulary = useAppStore((s) => s.doc.vocabulary);
  const original = useAppStore((s) => s.doc.meta.language);
  const lang = useAppStore((s) => s.diagramLang);
  const kinds = vocabulary.nodeKinds.filter((k) => k.id !== GROUP_KIND);
  const known = kinds.some((k) => k.id === value);
  return (
    <SelectField label={t('inspector.kind')} value={value} onChange={(kind) => kind && changeKind(ids, kind, t)} hint={hint}>
      {value === '' && <option value="">{t('inspector.mixedKinds')}</option>}
      {value !== '' && !known && <option value={value}>{value}</option>}
      {kinds.map((k) => (
        <option key={k.id} value={k.id}>
          {localize(k.label, k.labels, lang, original).text}
        </option>
      ))}
    </SelectField>
  );
}
