import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { isMac, matchesShortcut } from '../../commands/keys';
import { runCommand } from '../../commands/run';
import { findCommand } from '../../commands/table';
import type { TheoryModel } from '../../model/types';
import { activeFieldEdit, editField, endFieldEdit } from '../../store/fieldSession';

const mac = typeof navigator !== 'undefined' && isMac(navigator.platform);

/**
 * Keys inside a form field that edits the document live. Undo/redo shortcuts undo the MODEL (the
 * field's text is the model's text, so the field then shows the undone value); the browser's own
 * text undo would instead type the old text back in as a new edit. Enter in a one-line field (or
 * Ctrl+Enter in a multi-line one) ends the field edit, so the next keystroke is a new undo step.
 */
export function onFieldKeyDown(event: KeyboardEvent<HTMLElement>, multiline = false) {
  for (const id of ['undo', 'redo']) {
    const command = findCommand(id);
    if (command?.shortcuts?.some((s) => matchesShortcut(event, s, mac))) {
      event.preventDefault();
      event.stopPropagation();
      void runCommand(command);
      return;
    }
  }
  if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) endFieldEdit();
  if (event.key === 'Escape') endFieldEdit();
}

type FieldProps = {
  /** Identifies the field edit session: one undo step per focus of this key. */
  fieldKey: string;
  label: string;
  value: string;
  /** The pure edit for a new text. */
  edit: (text: string) => (doc: TheoryModel) => TheoryModel;
  multiline?: boolean;
  rows?: number;
  hint?: ReactNode;
  /** Shown next to the label, outside it, so the accessible name stays exactly `label`. */
  aside?: ReactNode;
  placeholder?: string;
  /** The language of the text, for spell-checking and fonts (`zh`, `en`). */
  lang?: string;
  invalid?: string;
  /**
   * Start editing now (a node just added, issue 14 §6): focus the field with its text selected, so
   * typing replaces it. `onAutoEdit` is told it started; Enter (without Shift) or Esc ends that
   * edit and calls `onAutoEditEnd` (which returns focus to the canvas).
   */
  autoEdit?: boolean;
  onAutoEdit?: () => void;
  onAutoEditEnd?: () => void;
};

/** A labelled text field bound to the document: every keystroke shows on the canvas, one undo step per focus. */
export function TextField({ fieldKey, label, value, edit, multiline, rows = 2, hint, aside, placeholder, lang, invalid, autoEdit, onAutoEdit, onAutoEditEnd }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const box = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const auto = useRef(false);
  useEffect(() => {
    const el = box.current;
    if (!autoEdit || !el) return;
    el.focus({ preventScroll: false });
    el.select();
    auto.current = true;
    onAutoEdit?.();
  }, [autoEdit, onAutoEdit]);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (auto.current && ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Escape')) {
      event.preventDefault();
      auto.current = false;
      endFieldEdit();
      onAutoEditEnd?.();
      return;
    }
    onFieldKeyDown(event, multiline);
  };
  // A field that disappears while being edited (its element deleted, the panel switched) ends its edit.
  useEffect(() => () => {
    if (activeFieldEdit() === fieldKey) endFieldEdit();
  }, [fieldKey]);
  const common = {
    id,
    value,
    placeholder,
    lang,
    spellCheck: false,
    'aria-describedby': hint || invalid ? hintId : undefined,
    'aria-invalid': invalid ? true : undefined,
    onChange: (e: { target: { value: string } }) => editField(fieldKey, edit(e.target.value)),
    onBlur: () => {
      auto.current = false;
      endFieldEdit();
    },
    onKeyDown,
    ref: box,
  };
  return (
    <div className="tm-field">
      <div className="tm-field-head">
        <label htmlFor={id}>{label}</label>
        {aside}
      </div>
      {multiline ? (
        <textarea {...common} rows={rows} />
      ) : (
        <input {...common} type="text" />
      )}
      {(invalid || hint) && (
        <p id={hintId} className={invalid ? 'tm-field-hint is-invalid' : 'tm-field-hint'}>
          {invalid ?? hint}
        </p>
      )}
    </div>
  );
}

type SelectProps = { label: string; value: string; onChange: (value: string) => void; children: ReactNode; hint?: ReactNode; disabled?: boolean };

/** A labelled select; a choice is one discrete edit (one undo step), so no session is involved. */
export function SelectField({ label, value, onChange, children, hint, disabled }: SelectProps) {
  const id = useId();
  return (
    <div className="tm-field">
      <div className="tm-field-head">
        <label htmlFor={id}>{label}</label>
      </div>
      <select id={id} value={value} disabled={disabled} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.value)} onKeyDown={(e) => onFieldKeyDown(e)}>
        {children}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="tm-field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A titled group of fields. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <div role="group" className="tm-inspector-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </div>
  );
}
