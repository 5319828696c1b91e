import type { Command } from './types';

/** The `dialog` id of the vocabulary editor (kept here so opening it needs no dialog code). */
export const VOCABULARY_DIALOG = 'vocabulary';

/** The vocabulary editor (issue 3, part B): panels/vocabulary/VocabularyDialog.tsx shows while `dialog` is 'vocabulary'. */
export const vocabularyCommands: Command[] = [
  {
    id: 'editVocabulary',
    label: 'cmd.editVocabulary',
    toolbar: true,
    run: ({ state }) => state.setDialog(VOCABULARY_DIALOG),
  },
];
