/**
 * Templates, languages, checks and links (issue 6). The dialogs and panels these open live in
 * src/panels (gallery, adapt, saveTemplate, findReplace, problems, share); the work they do is in
 * model/ (template, findReplace, lint) and io/link.ts.
 */
import { translator } from '../i18n/translate';
import { isOriginalLanguage } from '../model/translatable';
import type { TheoryModel } from '../model/types';
import { useAppStore } from '../store/appStore';
import { openDocument, quotedTitle } from '../store/openDocument';
import type { Command } from './types';

export const MODEL_DIALOGS = { gallery: 'examples', adapt: 'adapt', saveTemplate: 'save-template', share: 'share' } as const;

/**
 * Opens a model from the gallery or the wizard: one undoable replace with a notice (issue 3's
 * "never destroy work"). The new document is framed on the canvas (replaceDocument counts loads).
 */
export function openModel(doc: TheoryModel): void {
  openDocument(doc, quotedTitle(doc));
}

/** The language the diagram is not shown in: the other of Chinese and English, relative to the model. */
export function otherDiagramLanguage(lang: string, original: string | undefined): string {
  if (isOriginalLanguage(lang, original)) return isOriginalLanguage('en', original) ? 'zh' : 'en';
  return isOriginalLanguage('zh', original) ? 'zh' : (original ?? 'zh').split('-')[0];
}

export const modelCommands: Command[] = [
  {
    id: 'examples',
    label: 'cmd.examples',
    toolbar: true,
    run: ({ state }) => state.setDialog(MODEL_DIALOGS.gallery),
  },
  {
    id: 'adaptModel',
    label: 'cmd.adapt',
    toolbar: true,
    run: ({ state }) => {
      state.setAdaptSource(null);
      state.setDialog(MODEL_DIALOGS.adapt);
    },
  },
  {
    id: 'saveAsTemplate',
    label: 'cmd.saveAsTemplate',
    enabled: (s) => s.doc.nodes.length > 0,
    run: ({ state }) => state.setDialog(MODEL_DIALOGS.saveTemplate),
  },
  {
    id: 'findReplace',
    label: 'cmd.findReplace',
    shortcuts: ['Mod+F', 'Mod+H'],
    toolbar: true,
    run: ({ state }) => state.setToolPanel('find'),
  },
  {
    id: 'problems',
    label: 'cmd.problems',
    toolbar: true,
    run: ({ state }) => state.setToolPanel(useAppStore.getState().toolPanel === 'problems' ? null : 'problems'),
  },
  {
    id: 'copyLink',
    label: 'cmd.copyLink',
    toolbar: true,
    run: ({ state }) => state.setDialog(MODEL_DIALOGS.share),
  },
  {
    id: 'toggleDiagramLanguage',
    label: 'cmd.toggleDiagramLanguage',
    run: ({ state }) => {
      const now = useAppStore.getState();
      state.setDiagramLang(otherDiagramLanguage(now.diagramLang, now.doc.meta.language));
    },
  },
];

/** A notice in the UI language (for panels that report what a command did). */
export function notifyT(tone: 'info' | 'warning' | 'error', key: Parameters<ReturnType<typeof translator>>[0], params?: Record<string, string | number>, details?: string[]) {
  const state = useAppStore.getState();
  state.notify(tone, translator(state.uiLang)(key, params), details);
}
