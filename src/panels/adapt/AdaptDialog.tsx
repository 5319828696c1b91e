import { useMemo, useState } from 'react';
import { formatMessage } from '../../i18n/message';
import { MODEL_DIALOGS, openModel } from '../../commands/modelCommands';
import { DEFAULT_TEMPLATE } from '../../io/examples';
import { untranslated } from '../../model/lint';
import { fillModel, resolveValues, templateLanguages, withEntered, type EnteredValues } from '../../model/templateModel';
import type { TheoryModel } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { ModalDialog } from '../dialogs/ModalDialog';
import { languageInUi } from '../elementNames';
import '../gallery/gallery.css';
import { AdaptPreview } from './AdaptPreview';
import './adapt.css';
import { PlaceholderFields } from './PlaceholderFields';
import { initialChoice, useTemplateSource, type TemplateChoice } from './useTemplateSource';

export function AdaptDialog() {
  const open = useAppStore((s) => s.dialog === MODEL_DIALOGS.adapt);
  return open ? <AdaptView /> : null;
}

/** The day an adapted model was made: it is a new model, not Figure 2 of 2026. */
const today = () => new Date().toISOString().slice(0, 10);

/** The filled model as the user's own: dated today, with no template block. */
export function adaptedModel(template: TheoryModel, entered: EnteredValues, now = today()): TheoryModel {
  const filled = fillModel(template, resolveValues(template.template ?? { placeholders: [] }, entered, templateLanguages(template)));
  return { ...filled, meta: { ...filled.meta, created: now, modified: now } };
}

/**
 * "Adapt to my industry": one question per placeholder (default prefilled, translations beside),
 * a live preview, and "Create my model", which opens the filled model as one undoable step.
 */
function AdaptView() {
  const t = useT();
  const docIsTemplate = useAppStore((s) => s.doc.template !== undefined);
  const [choice, setChoice] = useState<TemplateChoice>(initialChoice);
  const [entered, setEntered] = useState<EnteredValues>({});
  const source = useTemplateSource(choice);
  const template = source.status === 'ready' ? source.doc : undefined;
  const languages = useMemo(() => (template ? templateLanguages(template) : []), [template]);
  const resolved = useMemo(() => template?.template && resolveValues(template.template, entered, languages), [template, entered, languages]);
  const filled = useMemo(() => (template && resolved ? fillModel(template, resolved) : undefined), [template, resolved]);
  const empty = resolved ? [...resolved.original.values()].some((v) => v.trim() === '') : true;

  const close = () => {
    useAppStore.getState().setAdaptSource(null);
    useAppStore.getState().setDialog(null);
  };
  const change = (lang: string, id: string, value: string) => setEntered((before) => withEntered(before, lang, id, value));
  const pick = (next: TemplateChoice) => {
    setChoice(next);
    setEntered({});
  };
  const create = () => {
    if (!template || empty) return;
    const doc = adaptedModel(template, entered);
    close();
    openModel(doc);
    const missing = languages.map((lang) => ({ lang, count: untranslated(doc, lang).length })).find((m) => m.count > 0);
    if (missing) useAppStore.getState().notify('info', t('adapt.untranslated', { count: missing.count, lang: languageInUi(t, missing.lang) }));
  };

  const choices: TemplateChoice[] = [...new Set([...(docIsTemplate ? ['current'] : []), DEFAULT_TEMPLATE, choice])];
  const footer = (
    <>
      {empty && template && <span className="tm-footer-note">{t('adapt.empty')}</span>}
      <button type="button" className="tm-button" onClick={close}>
        {t('dialog.cancel')}
      </button>
      <button type="button" className="tm-button tm-primary" disabled={!template || empty} onClick={create}>
        {t('adapt.create')}
      </button>
    </>
  );

  return (
    <ModalDialog title={t('adapt.title')} className="tm-adapt" footer={footer} onClose={close}>
      <p>{t('adapt.intro')}</p>
      {choices.length > 1 && (
        <label className="tm-adapt-choice">
          <span>{t('adapt.template')}</span>
          <select value={choice} onChange={(e) => pick(e.target.value)}>
            {choices.map((c) => (
              <option key={c} value={c}>
                {c === 'current' ? t('adapt.currentModel') : c === DEFAULT_TEMPLATE ? t('adapt.figure2Template') : c}
              </option>
            ))}
          </select>
        </label>
      )}
      {source.status === 'loading' && <p role="status">{t('adapt.loading')}</p>}
      {source.status === 'failed' && (
        <div role="alert" className="tm-adapt-missing">
          <p>{source.reason ? t('gallery.failed', { reason: formatMessage(t, source.reason) }) : t('adapt.noTemplate')}</p>
          <button type="button" className="tm-button" onClick={() => pick(DEFAULT_TEMPLATE)}>
            {t('adapt.useFigure2')}
          </button>
        </div>
      )}
      {template && resolved && filled && (
        <div className="tm-adapt-layout">
          <div>
            <PlaceholderFields doc={template} languages={languages} entered={entered} resolved={resolved} onChange={change} />
            {languages.length > 0 && <p className="tm-adapt-hint">{t('adapt.translationHint', { lang: languages.map((l) => languageInUi(t, l)).join(', ') })}</p>}
          </div>
          <AdaptPreview template={template} values={resolved} filled={filled} />
        </div>
      )}
    </ModalDialog>
  );
}
