/**
 * The CodeMirror 6 editor of the text view: line numbers, lint markers in the gutter and under the
 * text, highlighting of the notation, wrapping. No CodeMirror history: undo in the editor undoes the
 * model (textSync.ts), like every other field of the app.
 */
import { defaultKeymap } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { findCommand } from '../../commands/table';
import { runCommand } from '../../commands/run';
import { notationLanguage } from './notation';
import { fromModel, type TextSync } from './textSync';

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '12.5px', backgroundColor: '#fff' },
  '.cm-scroller': { fontFamily: "ui-monospace, 'Noto Sans Mono CJK SC', 'Noto Sans Mono', Menlo, Consolas, monospace", lineHeight: '1.55' },
  '.cm-content': { padding: '6px 0' },
  '.cm-gutters': { backgroundColor: '#f6f8fa', borderRight: '1px solid #d0d7de', color: '#57606a' },
  '&.cm-focused': { outline: '2px solid #0969da', outlineOffset: '-2px' },
});

export type TextEditor = { view: EditorView; setLabel: (label: string) => void };

export function createEditor(parent: HTMLElement, text: string, sync: TextSync, label: string): TextEditor {
  const labelled = new Compartment();
  const history = (id: 'undo' | 'redo') => () => {
    sync.beforeHistory();
    const command = findCommand(id);
    if (command) void runCommand(command);
    return true;
  };
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        lintGutter(),
        drawSelection(),
        highlightActiveLine(),
        bracketMatching(),
        notationLanguage,
        syntaxHighlighting(defaultHighlightStyle),
        EditorView.lineWrapping,
        theme,
        labelled.of(EditorView.contentAttributes.of({ 'aria-label': label })),
        keymap.of([
          // `shift`: CodeMirror's way to bind Mod-Shift-z to the same key (a separate binding lost the shift).
          { key: 'Mod-z', run: history('undo'), shift: history('redo'), preventDefault: true },
          { key: 'Mod-y', run: history('redo'), preventDefault: true },
          ...defaultKeymap,
        ]),
        EditorView.updateListener.of((u) => {
          if (u.docChanged && !u.transactions.some((tr) => tr.annotation(fromModel))) sync.textChanged();
          if (u.focusChanged && !u.view.hasFocus) sync.blurred();
        }),
      ],
    }),
  });
  sync.attach(view);
  return {
    view,
    setLabel: (next) => view.dispatch({ effects: labelled.reconfigure(EditorView.contentAttributes.of({ 'aria-label': next })) }),
  };
}
