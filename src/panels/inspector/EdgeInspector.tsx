import { setEdgeText } from '../../model/fieldEdits';
import { localize } from '../../model/language';
import { findRelation, relationAllows } from '../../model/vocabulary';
import { useAppStore } from '../../store/appStore';
import { setEdgeRelationAction } from '../../store/documentActions';
import { useT } from '../../store/hooks';
import { Section, SelectField } from './fields';
import { TextInLanguages } from './TextInLanguages';

/** One edge: its ends, its relation type (only the types allowed between its ends' kinds), its own label. */
export function EdgeInspector({ id }: { id: string }) {
  const t = useT();
  const edge = useAppStore((s) => s.doc.edges.find((e) => e.id === id));
  const source = useAppStore((s) => s.doc.nodes.find((n) => n.id === edge?.source));
  const target = useAppStore((s) => s.doc.nodes.find((n) => n.id === edge?.target));
  const vocabulary = useAppStore((s) => s.doc.vocabulary);
  const original = useAppStore((s) => s.doc.meta.language);
  const lang = useAppStore((s) => s.diagramLang);
  if (!edge) return null;
  const name = (item: { label: string; labels?: Record<string, string> } | undefined, fallback: string) => (item ? localize(item.label, item.labels, lang, original).text : fallback);
  // Only types that may connect these kinds, in vocabulary order; the current one even if it may not (legacy files).
  const choices = vocabulary.relationTypes.filter((r) => r.id === edge.relation || (source && target && relationAllows(r, source.kind, target.kind)));
  const current = findRelation(vocabulary, edge.relation);
  return (
    <>
      <header className="tm-inspector-head">
        <span className="tm-inspector-kind" style={{ borderColor: current?.color, color: current?.color }}>
          {t('inspector.edge')}
        </span>
        <span className="tm-inspector-id" title={t('inspector.id')}>
          {edge.id}
        </span>
      </header>
      <Section title={t('inspector.connection')}>
        <dl className="tm-inspector-ends">
          <dt>{t('inspector.from')}</dt>
          <dd>{name(source, edge.source)}</dd>
          <dt>{t('inspector.to')}</dt>
          <dd>{name(target, edge.target)}</dd>
        </dl>
        <SelectField
          label={t('inspector.relation')}
          value={edge.relation}
          hint={choices.length <= 1 ? t('inspector.onlyRelation') : undefined}
          onChange={(relation) => setEdgeRelationAction(id, relation)}
        >
          {choices.map((r) => (
            <option key={r.id} value={r.id}>
              {name(r, r.id)}
            </option>
          ))}
          {!current && <option value={edge.relation}>{edge.relation}</option>}
        </SelectField>
      </Section>
      <Section title={t('inspector.text')}>
        <TextInLanguages
          fieldKey={`edge:${id}:label`}
          item={edge}
          name="inspector.label"
          edit={(l, text) => (d) => setEdgeText(d, id, l, text)}
          multiline={false}
          hint={t('inspector.edgeLabelHint')}
        />
      </Section>
    </>
  );
}
