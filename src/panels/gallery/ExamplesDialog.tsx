import { useEffect, useMemo, useState } from 'react';
import { MODEL_DIALOGS, openModel } from '../../commands/modelCommands';
import { galleryNames, importExample } from '../../io/examples';
import type { ImportResult } from '../../io/importModel';
import { blankModel } from '../../model/blank';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { openDocument } from '../../store/openDocument';
import { ModalDialog } from '../dialogs/ModalDialog';
import { ExampleCard, type CardAction } from './ExampleCard';
import './gallery.css';

/** The blank model sits after the paper's two figures: the third thing a new user may want. */
const BLANK_AFTER = 'figure-1';

export function ExamplesDialog() {
  const open = useAppStore((s) => s.dialog === MODEL_DIALOGS.gallery);
  return open ? <ExamplesView /> : null;
}

/**
 * The gallery: every bundled example (loaded lazily, through the one import path) plus a blank
 * model. Opening one replaces the model as one undoable step with a notice; a template offers the
 * "Adapt to my industry" wizard.
 */
function ExamplesView() {
  const t = useT();
  const [entries, setEntries] = useState<ReadonlyMap<string, ImportResult>>(new Map());
  const names = useMemo(() => galleryNames(), []);

  useEffect(() => {
    let live = true;
    for (const name of names) {
      void importExample(name).then((result) => {
        if (live) setEntries((before) => new Map(before).set(name, result));
      });
    }
    return () => {
      live = false;
    };
  }, [names]);

  const close = () => useAppStore.getState().setDialog(null);
  const open: CardAction = { label: 'gallery.open', primary: true, run: (doc) => (close(), openModel(doc)) };
  const templateActions = (name: string): CardAction[] => [
    {
      label: 'gallery.adapt',
      primary: true,
      run: () => {
        useAppStore.getState().setAdaptSource(name);
        useAppStore.getState().setDialog(MODEL_DIALOGS.adapt);
      },
    },
    { label: 'gallery.openTemplate', run: (doc) => (close(), openModel(doc)) },
  ];
  const blank = useMemo((): ImportResult => ({ ok: true, model: blankModel(), report: [] }), []);

  return (
    <ModalDialog title={t('gallery.title')} className="tm-gallery">
      <p>{t('gallery.intro')}</p>
      <div className="tm-examples">
        {names.flatMap((name) => {
          const entry = entries.get(name);
          const isTemplate = entry?.ok && entry.model.template !== undefined;
          const card = <ExampleCard key={name} name={name} entry={entry} actions={isTemplate ? templateActions(name) : [open]} />;
          if (name !== BLANK_AFTER) return [card];
          const blankCard = (
            <ExampleCard
              key="blank"
              name="blank"
              entry={blank}
              title={t('gallery.blank')}
              blurb={t('gallery.blankBlurb')}
              actions={[{ label: 'gallery.open', primary: true, run: () => (close(), void openDocument(blankModel(), t('doc.newModelName'))) }]}
            />
          );
          return [card, blankCard];
        })}
      </div>
    </ModalDialog>
  );
}
