import { useCallback } from 'react';
import { setNodeDescription, setNodeText } from '../../model/fieldEdits';
import { localize } from '../../model/language';
import { GROUP_KIND } from '../../model/types';
import { fallbackKind, findKind } from '../../model/vocabulary';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { Section, TextField } from './fields';
import { KindSelect } from './KindSelect';
import { TextInLanguages } from './TextInLanguages';
import { useShownNode } from './useShownNode';

/** One element node: its label and translations, its kind, its notes. A group: its title. */
export function NodeInspector({ id }: { id: string }) {
  const t = useT();
  const node = useShownNode(id);
  const vocabulary = useAppStore((s) => s.doc.vocabulary);
  const lang = useAppStore((s) => s.diagramLang);
  const original = useAppStore((s) => s.doc.meta.language);
  // A node just added starts with its label being edited; Enter or Esc returns to it on the canvas.
  const autoEdit = useAppStore((s) => s.labelEditFor === id);
  const started = useCallback(() => useAppStore.getState().setLabelEditFor(null), []);
  const backToCanvas = useCallback(() => {
    // Compared, not put in a selector: an id may hold any character (and jsdom has no CSS.escape).
    [...document.querySelectorAll<HTMLElement>('.react-flow__node')].find((el) => el.dataset.id === id)?.focus();
  }, [id]);
  if (!node) return null;
  const kind = findKind(vocabulary, node.kind) ?? fallbackKind(node.kind);
  const isGroup = node.kind === GROUP_KIND;
  return (
    <>
      <header className="tm-inspector-head">
        <span className="tm-inspector-kind" style={{ borderColor: kind.color, color: kind.color }}>
          {isGroup ? t('inspector.group') : localize(kind.label, kind.labels, lang, original).text}
        </span>
        <span className="tm-inspector-id" title={t('inspector.id')}>
          {node.id}
        </span>
      </header>
      <Section title={isGroup ? t('inspector.groupTitle') : t('inspector.text')}>
        <TextInLanguages
          fieldKey={`node:${id}:label`}
          item={node}
          name={isGroup ? 'inspector.titleField' : 'inspector.label'}
          edit={(l, text) => (d) => setNodeText(d, id, l, text)}
          autoEdit={autoEdit}
          onAutoEdit={started}
          onAutoEditEnd={backToCanvas}
        />
      </Section>
      {!isGroup && (
        <Section title={t('inspector.type')}>
          <KindSelect ids={[id]} value={node.kind} hint={t('inspector.kindHint')} />
        </Section>
      )}
      <Section title={t('inspector.notes')}>
        <TextField
          fieldKey={`node:${id}:description`}
          label={t('inspector.description')}
          value={node.description ?? ''}
          edit={(text) => (d) => setNodeDescription(d, id, text)}
          multiline
          rows={4}
          hint={t('inspector.descriptionHint')}
        />
      </Section>
    </>
  );
}
