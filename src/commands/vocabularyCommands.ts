import type { Command } from './types';

/** The vocabulary editor (issue 3, part B): panels/vocabulary/VocabularyDialog.tsx shows while `dialog` is 'vocabulary'. */
export const vocabularyCommands: Command[] = [
  {
    id: 'editVocabulary',
    label: 'cmd.editVocabulary',
    toolbar: true,
    run: ({ state }) => state.setDialog('vocabulary'),
  },
];
