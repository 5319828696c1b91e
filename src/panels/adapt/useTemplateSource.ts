import { useEffect, useState } from 'react';
import type { Message } from '../../i18n/message';
import { DEFAULT_TEMPLATE, importExample } from '../../io/examples';
import type { TheoryModel } from '../../model/types';
import { useAppStore } from '../../store/appStore';

/** `current`: the open model (when it is a template); otherwise a bundled example's name. */
export type TemplateChoice = 'current' | string;

export type TemplateSource = { status: 'loading' } | { status: 'ready'; doc: TheoryModel } | { status: 'failed'; reason?: Message };

/** Where the wizard starts: the example the gallery asked for, else the open model if it is a template, else Figure 2's template. */
export function initialChoice(): TemplateChoice {
  const { adaptSource, doc } = useAppStore.getState();
  if (adaptSource) return adaptSource;
  return doc.template ? 'current' : DEFAULT_TEMPLATE;
}

/** Loads the chosen template (bundled examples lazily, through the import path). */
export function useTemplateSource(choice: TemplateChoice): TemplateSource {
  const current = useAppStore((s) => s.doc);
  const [loaded, setLoaded] = useState<{ name: string; source: TemplateSource } | null>(null);
  useEffect(() => {
    if (choice === 'current') return;
    let live = true;
    void importExample(choice).then((result) => {
      if (!live) return;
      const source: TemplateSource = result.ok ? { status: 'ready', doc: result.model } : { status: 'failed', reason: result.error.message };
      setLoaded({ name: choice, source });
    });
    return () => {
      live = false;
    };
  }, [choice]);
  if (choice === 'current') return current.template ? { status: 'ready', doc: current } : { status: 'failed' };
  return loaded?.name === choice ? loaded.source : { status: 'loading' };
}
