import { useId } from 'react';
import { formatMessage } from '../../i18n/message';
import type { StringKey } from '../../i18n/strings';
import type { ImportResult } from '../../io/importModel';
import { localize } from '../../model/language';
import type { TheoryModel } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { MiniPreview } from './MiniPreview';
import { TemplateText } from './TemplateText';

export type CardAction = { label: StringKey; run: (doc: TheoryModel) => void; primary?: boolean };

const BLURBS: Record<string, StringKey> = {
  'figure-2': 'gallery.blurb.figure-2',
  'figure-1': 'gallery.blurb.figure-1',
  'figure-2-template': 'gallery.blurb.figure-2-template',
  'ningbo-cross-border-ecommerce': 'gallery.blurb.ningbo-cross-border-ecommerce',
  'foshan-regional-certificate': 'gallery.blurb.foshan-regional-certificate',
};

type Props = { name: string; entry: ImportResult | undefined; actions: CardAction[]; title?: string; blurb?: string };

/** One example in the gallery: its title in the UI language, what it is, a thumbnail, and what can be done with it. */
export function ExampleCard({ name, entry, actions, title, blurb }: Props) {
  const t = useT();
  const uiLang = useAppStore((s) => s.uiLang);
  const titleId = useId();
  const doc = entry?.ok ? entry.model : undefined;
  const metaTitle = doc ? localize(doc.meta.title, doc.meta.labels, uiLang, doc.meta.language).text : name;
  const text = blurb ?? (BLURBS[name] ? t(BLURBS[name]) : doc?.meta.description);
  return (
    <article className="tm-example" aria-labelledby={titleId}>
      <div className="tm-example-preview">{doc && <MiniPreview doc={doc} label={t('gallery.preview')} />}</div>
      <div className="tm-example-text">
        <h3 id={titleId}>
          {doc?.template && <span className="tm-example-badge">{t('gallery.template')}</span>}
          {title ?? (doc?.template ? <TemplateText doc={doc} text={metaTitle} lang={uiLang} /> : metaTitle)}
        </h3>
        {text && <p>{text}</p>}
        {entry === undefined && <p role="status">{t('gallery.loading')}</p>}
        {entry && !entry.ok && <p role="alert">{t('gallery.failed', { reason: formatMessage(t, entry.error.message) })}</p>}
        {doc && <p className="tm-example-counts">{t('gallery.counts', { nodes: doc.nodes.length, edges: doc.edges.length })}</p>}
        <div className="tm-example-actions">
          {actions.map((action) => (
            <button key={action.label} type="button" className={`tm-button${action.primary ? ' tm-primary' : ''}`} disabled={!doc} onClick={() => doc && action.run(doc)}>
              {t(action.label)}
            </button>
          ))}
        </div>
      </div>
    </article>
  );
}
