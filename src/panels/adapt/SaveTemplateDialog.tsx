import { useMemo, useState } from 'react';
import { MODEL_DIALOGS } from '../../commands/modelCommands';
import type { StringKey } from '../../i18n/strings';
import { makeTemplate, templateLanguages, type NewPlaceholder } from '../../model/templateModel';
import { saveAsTemplate } from '../../store/templateActions';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { ModalDialog } from '../dialogs/ModalDialog';
import { languageInUi } from '../elementNames';
import '../gallery/gallery.css';
import './adapt.css';

type Row = { word: string; words: Record<string, string>; id: string; label: string };

const emptyRow = (): Row => ({ word: '', words: {}, id: '', label: '' });

/** A placeholder name from the English word if there is one (`Ningbo` → `ningbo`), else `p1`, `p2`… */
function suggestedId(row: Row, index: number): string {
  const english = Object.values(row.words).find((w) => w.trim())?.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return english && /^[a-z]/.test(english) ? english.slice(0, 24) : `p${index + 1}`;
}

function additions(rows: readonly Row[]): NewPlaceholder[] {
  return rows
    .filter((r) => r.word !== '' || r.id !== '')
    .map((r, i) => ({ id: r.id.trim() || suggestedId(r, i), label: r.label.trim(), word: r.word, words: r.words }));
}

export function SaveTemplateDialog() {
  const open = useAppStore((s) => s.dialog === MODEL_DIALOGS.saveTemplate);
  return open ? <SaveTemplateView /> : null;
}

/**
 * "Save as template": words → placeholders. Each row shows how often its word occurs; saving
 * rewrites the model as one undoable edit and declares each placeholder with its word as default.
 */
function SaveTemplateView() {
  const t = useT();
  const doc = useAppStore((s) => s.doc);
  const [rows, setRows] = useState<Row[]>([emptyRow()]);
  const [problems, setProblems] = useState<{ code: string; id: string }[]>([]);
  const languages = useMemo(() => templateLanguages(doc), [doc]);
  const planned = additions(rows);
  // How often each row's word occurs (replacing it alone, under a name no model uses).
  const counts = useMemo(
    () =>
      rows.map((r) => {
        if (!r.word) return null;
        const trial = makeTemplate(doc, [{ id: '__count', label: '', word: r.word, words: r.words }]);
        return trial.ok ? (trial.counts.get('__count') ?? 0) : 0;
      }),
    [doc, rows],
  );
  const set = (i: number, patch: Partial<Row>) => setRows((before) => before.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const save = () => {
    const made = saveAsTemplate(planned);
    if (!made.ok) {
      setProblems(made.problems);
      return;
    }
    const state = useAppStore.getState();
    state.setDialog(null);
    state.notify('info', t('template.done', { count: made.doc.template?.placeholders.length ?? 0 }));
  };

  const footer = (
    <>
      <button type="button" className="tm-button" onClick={() => useAppStore.getState().setDialog(null)}>
        {t('dialog.cancel')}
      </button>
      <button type="button" className="tm-button tm-primary" disabled={planned.length === 0} onClick={save}>
        {t('template.save')}
      </button>
    </>
  );

  return (
    <ModalDialog title={t('template.title')} className="tm-adapt" footer={footer}>
      <p>{t('template.intro')}</p>
      <div className="tm-template-rows">
        {rows.map((row, i) => (
          <fieldset key={i} className="tm-template-row">
            <label>
              <span>{t('template.word')}</span>
              <input type="text" value={row.word} onChange={(e) => set(i, { word: e.target.value })} />
            </label>
            {languages.map((lang) => (
              <label key={lang}>
                <span>{t('template.wordIn', { lang: languageInUi(t, lang) })}</span>
                <input type="text" lang={lang} value={row.words[lang] ?? ''} onChange={(e) => set(i, { words: { ...row.words, [lang]: e.target.value } })} />
              </label>
            ))}
            <label>
              <span>{t('template.id')}</span>
              <input type="text" value={row.id} placeholder={suggestedId(row, i)} onChange={(e) => set(i, { id: e.target.value })} />
            </label>
            <label>
              <span>{t('template.question')}</span>
              <input type="text" value={row.label} onChange={(e) => set(i, { label: e.target.value })} />
            </label>
            <span className="tm-template-count" aria-live="polite">
              {counts[i] === null ? '' : counts[i] ? t('template.found', { count: counts[i] }) : t('template.notFound')}
            </span>
            {rows.length > 1 && (
              <button type="button" className="tm-icon-button" aria-label={t('template.remove')} title={t('template.remove')} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                ×
              </button>
            )}
          </fieldset>
        ))}
      </div>
      <button type="button" className="tm-button" onClick={() => setRows([...rows, emptyRow()])}>
        {t('template.add')}
      </button>
      {problems.length > 0 && (
        <ul role="alert" className="tm-template-problems">
          {problems.map((p, i) => (
            <li key={i}>{t(`template.problem.${p.code}` as StringKey, { id: p.id })}</li>
          ))}
        </ul>
      )}
    </ModalDialog>
  );
}
