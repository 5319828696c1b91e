import { useEffect, useMemo, useState } from 'react';
import { importReason } from '../../commands/importReason';
import { JSON_ACCEPT } from '../../commands/fileCommands';
import { services } from '../../commands/services';
import type { TFunction } from '../../i18n/translate';
import { compareCsv, compareMarkdown, type TableWords } from '../../io/compareTable';
import { downloadText } from '../../io/download';
import { DEFAULT_EXAMPLE, galleryNames, importExample } from '../../io/examples';
import { importModel, type ImportResult } from '../../io/importModel';
import { checkFileSize, DEFAULT_MAX_BYTES } from '../../io/sizeCap';
import { byKind, diffModels, type DiffStatus, type ModelDiff } from '../../model/compare/diff';
import { localize } from '../../model/language';
import type { TheoryModel } from '../../model/types';
import { findKind, findRelation } from '../../model/vocabulary';
import { useAppStore } from '../../store/appStore';
import { readPreviousDraft } from '../../store/persistence/restore';
import { browserStorage } from '../../store/persistence/storage';
import { useT } from '../../store/hooks';
import { ToolPanel } from '../ToolPanel';
import './compare.css';

type Other = { name: string; doc: TheoryModel };

const STATUS_ORDER: DiffStatus[] = ['removed', 'added', 'changed'];

function nameOf(doc: TheoryModel, lang: string, id: string | undefined): string {
  const n = id !== undefined ? doc.nodes.find((x) => x.id === id) : undefined;
  return n ? localize(n.label, n.labels, lang, doc.meta.language).text : '';
}

function words(t: TFunction, a: TheoryModel, b: TheoryModel, lang: string): TableWords {
  const vocabName = (find: (d: TheoryModel) => { label: string; labels?: Record<string, string> } | undefined, id: string) => {
    const v = find(b) ?? find(a);
    return v ? localize(v.label, v.labels, lang, (find(b) ? b : a).meta.language).text : id;
  };
  return {
    headers: [t('compare.col.status'), t('compare.col.type'), t('compare.col.first'), t('compare.col.second'), t('compare.col.changes')],
    status: (s) => t(`compare.status.${s}`),
    change: (c) => t(`compare.change.${c as 'label'}`),
    kind: (id) => (id === 'group' ? t('compare.change.group') : vocabName((d) => findKind(d.vocabulary, id), id)),
    relation: (id) => vocabName((d) => findRelation(d.vocabulary, id), id),
  };
}

/** The open model's elements that are gone or changed in the other: the canvas overlay. */
function marksOf(diff: ModelDiff) {
  const pick = <T extends { status: DiffStatus; a?: { id: string } }>(list: T[]) =>
    new Map(list.filter((x) => x.a && (x.status === 'removed' || x.status === 'changed')).map((x) => [x.a!.id, x.status as 'removed' | 'changed']));
  return { nodes: pick(diff.nodes), edges: pick(diff.edges) };
}

/**
 * Compare two models (issue 14, item 5): the open model with a file, a bundled example, the
 * previous draft or a version saved in the library (issue 16, handed over as `compareWith`), each read through the one import path (a refused input changes neither model).
 * The differences are listed grouped by kind, drawn on the canvas as an overlay, and exported as
 * CSV or Markdown (and as an image: the figure export draws the overlay).
 */
export function ComparePanel() {
  const t = useT();
  const doc = useAppStore((s) => s.doc);
  const lang = useAppStore((s) => s.diagramLang);
  const uiLang = useAppStore((s) => s.uiLang);
  const [example, setExample] = useState(DEFAULT_EXAMPLE);
  const [other, setOther] = useState<Other | null>(() => useAppStore.getState().compareWith);
  const [error, setError] = useState<string | null>(null);
  const [overlay, setOverlay] = useState(true);
  const diff = useMemo(() => (other ? diffModels(doc, other.doc) : null), [doc, other]);

  useEffect(() => {
    useAppStore.getState().setDiffMarks(diff && overlay ? marksOf(diff) : null);
  }, [diff, overlay]);
  useEffect(() => () => useAppStore.getState().setDiffMarks(null), []);
  // A model handed over from elsewhere (a saved version, from the library) is the one compared
  // with: the one waiting when the panel opens (initial state), or one handed over while it is open.
  useEffect(() => {
    useAppStore.getState().setCompareWith(null);
    return useAppStore.subscribe((s, previous) => {
      if (!s.compareWith || s.compareWith === previous.compareWith) return;
      setError(null);
      setOther(s.compareWith);
      s.setCompareWith(null);
    });
  }, []);

  const take = (name: string, result: ImportResult | null) => {
    if (!result) {
      setError(t('compare.noDraft'));
      return;
    }
    if (!result.ok) {
      setError(t('compare.refused', { name, reason: importReason(t, result.error, uiLang) }));
      return;
    }
    setError(null);
    setOther({ name, doc: result.model });
  };
  const fromExample = async () => take(example, await importExample(example));
  const fromFile = async () => {
    const file = await services.pickFile(JSON_ACCEPT);
    if (!file) return;
    const tooLarge = checkFileSize(file, DEFAULT_MAX_BYTES, 'file');
    take(file.name, tooLarge ? { ok: false, error: tooLarge } : importModel(await file.text(), { source: 'file' }));
  };
  const fromDraft = async () => take(t('autosave.previousName'), await readPreviousDraft(browserStorage));

  const title = (d: TheoryModel) => localize(d.meta.title, d.meta.labels, lang, d.meta.language).text || t('compare.thisModel');
  const exportTable = (format: 'csv' | 'md') => {
    if (!diff || !other) return;
    const w = words(t, doc, other.doc, lang);
    const heading = t('compare.fileTitle', { first: title(doc), second: other.name });
    if (format === 'csv') downloadText(compareCsv(diff, doc, other.doc, lang, w), 'comparison.csv', 'text/csv;charset=utf-8');
    else downloadText(compareMarkdown(diff, doc, other.doc, lang, w, heading), 'comparison.md', 'text/markdown;charset=utf-8');
  };

  const counts = diff && Object.fromEntries((['added', 'removed', 'changed', 'unchanged'] as const).map((s) => [s, [...diff.nodes, ...diff.edges].filter((x) => x.status === s).length]));
  const w = other ? words(t, doc, other.doc, lang) : undefined;
  return (
    <ToolPanel title={t('compare.title')}>
      <p className="tm-compare-intro">{t('compare.intro')}</p>
      <div className="tm-compare-pick">
        <label>
          <span>{t('compare.example')}</span>
          <select value={example} onChange={(e) => setExample(e.target.value)}>
            {galleryNames().map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="tm-button" disabled={!example} onClick={() => void fromExample()}>
          {t('compare.withExample')}
        </button>
        <button type="button" className="tm-button" onClick={() => void fromFile()}>
          {t('compare.withFile')}
        </button>
        <button type="button" className="tm-button" onClick={fromDraft}>
          {t('compare.withDraft')}
        </button>
      </div>
      {error && (
        <p role="alert" className="tm-compare-error">
          {error}
        </p>
      )}
      {diff && other && counts && w && (
        <>
          <p role="status" className="tm-tool-count">
            {t('compare.against', { name: other.name })} {counts.added + counts.removed + counts.changed === 0 ? t('compare.none') : t('compare.summary', counts)}
          </p>
          <label className="tm-compare-overlay">
            <input type="checkbox" checked={overlay} onChange={(e) => setOverlay(e.target.checked)} />
            {t('compare.overlay')}
          </label>
          <div className="tm-compare-actions">
            <button type="button" className="tm-button" onClick={() => exportTable('csv')}>
              {t('compare.csv')}
            </button>
            <button type="button" className="tm-button" onClick={() => exportTable('md')}>
              {t('compare.markdown')}
            </button>
            <button type="button" className="tm-button" onClick={() => useAppStore.getState().setDialog('export-png')}>
              {t('compare.image')}
            </button>
          </div>
          {[...byKind(diff)].map(([kind, list]) => (
            <section key={kind} className="tm-compare-group" aria-label={w.kind(kind)}>
              <h3>{w.kind(kind)}</h3>
              <ul className="tm-tool-list">
                {[...list]
                  .sort((x, y) => STATUS_ORDER.indexOf(x.status) - STATUS_ORDER.indexOf(y.status))
                  .map((x, i) => (
                    <li key={i} className={`tm-compare-${x.status}`}>
                      <span className="tm-compare-status">{t(`compare.status.${x.status}`)}</span>
                      <span>{x.a ? nameOf(doc, lang, x.a.id) : nameOf(other.doc, lang, x.b?.id)}</span>
                      {x.status === 'changed' && x.changes.includes('label') && <span className="tm-compare-to">→ {nameOf(other.doc, lang, x.b?.id)}</span>}
                      {x.changes.length > 0 && <span className="tm-compare-changes">({x.changes.map(w.change).join(', ')})</span>}
                    </li>
                  ))}
              </ul>
            </section>
          ))}
          {diff.edges.some((x) => x.status !== 'unchanged') && (
            <section className="tm-compare-group" aria-label={t('compare.relations')}>
              <h3>{t('compare.relations')}</h3>
              <ul className="tm-tool-list">
                {diff.edges
                  .filter((x) => x.status !== 'unchanged')
                  .map((x, i) => {
                    const e = (x.a ?? x.b)!;
                    const from = x.a ? doc : other.doc;
                    return (
                      <li key={i} className={`tm-compare-${x.status}`}>
                        <span className="tm-compare-status">{t(`compare.status.${x.status}`)}</span>
                        <span>
                          {nameOf(from, lang, e.source)} → {nameOf(from, lang, e.target)} ({w.relation(e.relation)})
                        </span>
                      </li>
                    );
                  })}
              </ul>
            </section>
          )}
        </>
      )}
    </ToolPanel>
  );
}
