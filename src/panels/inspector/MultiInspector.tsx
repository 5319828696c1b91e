import { GROUP_KIND } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { ArrangeSection } from '../arrange/ArrangeSection';
import { Section } from './fields';
import { KindSelect } from './KindSelect';

/** Several things selected: how many, and — when they are all elements — one kind select for all. */
export function MultiInspector({ nodeIds, edgeCount }: { nodeIds: readonly string[]; edgeCount: number }) {
  const t = useT();
  const nodes = useAppStore((s) => s.doc.nodes);
  const wanted = new Set(nodeIds);
  const selected = nodes.filter((n) => wanted.has(n.id));
  const elements = edgeCount === 0 && selected.length > 0 && selected.every((n) => n.kind !== GROUP_KIND);
  const kinds = new Set(selected.map((n) => n.kind));
  return (
    <>
      <header className="tm-inspector-head">
        <span className="tm-inspector-kind">{t('inspector.selectionCount', { count: selected.length + edgeCount })}</span>
      </header>
      <Section title={t('inspector.selection')}>
        <p className="tm-inspector-note">{t('inspector.selectionSummary', { nodes: selected.length, edges: edgeCount })}</p>
        {elements ? (
          <KindSelect ids={selected.map((n) => n.id)} value={kinds.size === 1 ? [...kinds][0] : ''} hint={t('inspector.multiKindHint')} />
        ) : (
          <p className="tm-inspector-note">{t('inspector.multiHint')}</p>
        )}
      </Section>
      {selected.length >= 2 && <ArrangeSection />}
    </>
  );
}
