/**
 * Keeps a CodeMirror editor and the open model in step (issue 12 item 2).
 *
 * Text → canvas: a pause in typing (400 ms) parses the text; a good text is applied through the
 * store's one text-view action (a burst of typing is one undo step); a bad one gets lint markers and
 * the canvas keeps the last good model. Canvas → text: any other change of the model rewrites the
 * text in place (io/text/update.ts) as one transaction, so the cursor, comments and line order
 * survive. Undo and redo inside the editor undo the MODEL (as in every field of the app); the text
 * then shows the text it had for that model, comments included.
 */
import { EditorView } from '@codemirror/view';
import { Annotation } from '@codemirror/state';
import { setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { diffLines, parse, update, type TextError } from '../../io/text';
import type { TheoryModel } from '../../model/types';
import { services } from '../../commands/services';
import { formatMessage } from '../../i18n/message';
import { translator } from '../../i18n/translate';
import { activeEditor } from '../../store/activeEditor';
import { useAppStore } from '../../store/appStore';
import { applyTextView, endTextBurst } from '../../store/textViewActions';

export const TYPING_PAUSE_MS = 400;
/** A pause this long ends the typing burst: what is typed after it is a new undo step. */
export const BURST_END_MS = 2000;

/** Marks the editor's own rewrites (canvas → text), so they are not parsed and applied back. */
export const fromModel = Annotation.define<boolean>();

export type SyncStatus = { errors: readonly TextError[]; refused?: string };

export type SyncOptions = {
  onStatus: (status: SyncStatus) => void;
  message: (error: TextError) => string;
};

export function initialText(doc: TheoryModel, print: (doc: TheoryModel) => string): string {
  // The last text of the view (editor session), so closing and reopening keeps the user's comments.
  const remembered = activeEditor().session.textView;
  if (!remembered) return print(doc);
  return remembered.doc === doc ? remembered.text : update(remembered.text, doc).text;
}

export class TextSync {
  private shown: TheoryModel;
  private readonly texts = new WeakMap<TheoryModel, string>();
  private dirty = false;
  private applying = false;
  private pause: ReturnType<typeof setTimeout> | undefined;
  private burst: ReturnType<typeof setTimeout> | undefined;
  private errors: readonly TextError[] = [];
  private readonly unsubscribe: () => void;
  view: EditorView | undefined;

  constructor(private readonly options: SyncOptions) {
    this.shown = useAppStore.getState().doc;
    this.unsubscribe = useAppStore.subscribe((state) => {
      if (!this.applying && state.doc !== this.shown) this.modelChanged(state.doc);
    });
  }

  attach(view: EditorView): void {
    this.view = view;
    this.texts.set(this.shown, view.state.doc.toString());
    this.lint();
  }

  /** The editor's text changed (typing, paste); rewrites of our own are ignored. */
  textChanged(): void {
    this.dirty = true;
    clearTimeout(this.pause);
    clearTimeout(this.burst);
    this.pause = setTimeout(() => this.flush(), TYPING_PAUSE_MS);
  }

  /** Applies what was typed now (pause over, focus left, undo pressed, panel closing). */
  flush(): void {
    clearTimeout(this.pause);
    if (!this.dirty || !this.view) return;
    this.dirty = false;
    const text = this.view.state.doc.toString();
    const doc = useAppStore.getState().doc;
    const result = parse(text, doc.vocabulary);
    if (!result.ok) {
      this.show(result.errors);
      return;
    }
    const before = new Set(doc.nodes.map((n) => n.id));
    this.applying = true;
    let outcome;
    try {
      outcome = applyTextView(result.doc);
    } finally {
      this.applying = false;
    }
    this.shown = useAppStore.getState().doc;
    this.texts.set(this.shown, text);
    // A node typed into being may be placed outside the visible canvas: frame the figure so it is seen.
    if (this.shown.nodes.some((n) => !before.has(n.id))) services.fitView();
    this.show([], outcome.status === 'refused' ? formatMessage(translator(useAppStore.getState().uiLang), outcome.error.message) : undefined);
    clearTimeout(this.burst);
    this.burst = setTimeout(endTextBurst, BURST_END_MS);
  }

  /** Focus left the editor: apply what is pending and end the burst. */
  blurred(): void {
    this.flush();
    clearTimeout(this.burst);
    endTextBurst();
  }

  /** Before an undo or redo from the editor: what was typed is applied and its burst ends first. */
  beforeHistory(): void {
    this.blurred();
  }

  /** The UI language changed: the markers' messages are drawn again, translated. */
  relabel(): void {
    this.show(this.errors);
  }

  destroy(): void {
    this.blurred();
    this.unsubscribe();
    if (this.view) activeEditor().session.textView = { doc: this.shown, text: this.view.state.doc.toString() };
  }

  private modelChanged(doc: TheoryModel): void {
    const view = this.view;
    this.shown = doc;
    if (!view) return;
    const current = view.state.doc.toString();
    const saved = this.dirty ? undefined : this.texts.get(doc);
    const next = saved !== undefined ? { text: saved, changes: diffLines(current, saved) } : update(current, doc);
    if (next.changes.length > 0) view.dispatch({ changes: next.changes, annotations: fromModel.of(true) });
    this.texts.set(doc, next.text);
    this.lint();
    // Typing not yet applied stays in the text and is applied over the new model after the pause.
    if (this.dirty) this.textChanged();
  }

  private lint(): void {
    if (!this.view) return;
    const result = parse(this.view.state.doc.toString(), useAppStore.getState().doc.vocabulary);
    this.show(result.ok ? [] : result.errors);
  }

  private show(errors: readonly TextError[], refused?: string): void {
    this.errors = errors;
    const view = this.view;
    if (view) {
      const length = view.state.doc.length;
      const diagnostics: Diagnostic[] = errors.map((e) => ({
        from: Math.min(e.from, length),
        to: Math.min(Math.max(e.to, e.from), length),
        severity: 'error',
        message: this.options.message(e),
      }));
      view.dispatch(setDiagnostics(view.state, diagnostics));
    }
    this.options.onStatus({ errors, ...(refused ? { refused } : {}) });
  }
}
