import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { CONNECT_DIALOG, connectSource } from '../../commands/keyboardCommands';
import { connectRelations, connectTargets } from '../../model/connectTargets';
import { localize } from '../../model/language';
import { useAppStore } from '../../store/appStore';
import { connectNodes } from '../../store/editActions';
import { useT } from '../../store/hooks';
import { ModalDialog } from '../dialogs/ModalDialog';
import './connect.css';

export function ConnectDialog() {
  const open = useAppStore((s) => s.dialog === CONNECT_DIALOG);
  const source = useAppStore((s) => connectSource(s));
  return open && source ? <ConnectView source={source} /> : null;
}

/**
 * "Connect to…" (issue 14 §6): a relation made from the keyboard. The source is the selected node;
 * the target is picked by typing a label in either language (a combobox over a list of the nodes a
 * relation may reach), the type by name among those the vocabulary allows between the two kinds.
 * It connects through the store's `connectNodes`, so the rules hold and it is one undo step.
 */
function ConnectView({ source }: { source: string }) {
  const t = useT();
  const doc = useAppStore((s) => s.doc);
  const lang = useAppStore((s) => s.diagramLang);
  const close = () => useAppStore.getState().setDialog(null);
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [target, setTarget] = useState<string | null>(null);
  const [relation, setRelation] = useState<string | null>(null);
  const from = doc.nodes.find((n) => n.id === source);
  const choices = useMemo(() => connectTargets(doc, source, query, lang), [doc, source, query, lang]);
  const relations = useMemo(() => (target ? connectRelations(doc, source, target, lang) : []), [doc, source, target, lang]);
  const current = choices[Math.min(active, choices.length - 1)];
  const optionId = (i: number) => `${id}-option-${i}`;

  const pick = (choice: (typeof choices)[number]) => {
    setTarget(choice.id);
    setQuery(choice.label);
    setActive(0);
    setRelation(connectRelations(doc, source, choice.id, lang).find((r) => !r.exists)?.id ?? null);
  };
  const submit = () => {
    if (!target || !relation) return;
    if (connectNodes(source, target, relation).ok) close();
  };

  const onComboKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (step: number) => {
      event.preventDefault();
      if (choices.length === 0) return;
      const next = (Math.min(active, choices.length - 1) + step + choices.length) % choices.length;
      setActive(next);
      document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
    };
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Enter') {
      event.preventDefault();
      // The first Enter takes the highlighted element; with it taken, Enter connects.
      if (current && current.id !== target) pick(current);
      else submit();
    }
  };

  const footer = (
    <>
      <button type="button" className="tm-button" onClick={close}>
        {t('connect.cancel')}
      </button>
      <button type="submit" form={`${id}-form`} className="tm-button tm-primary" disabled={!target || !relation}>
        {t('connect.submit')}
      </button>
    </>
  );
  const sourceName = from ? localize(from.label, from.labels, lang, doc.meta.language).text : source;
  return (
    <ModalDialog title={t('connect.title', { source: sourceName })} className="tm-connect" footer={footer}>
      <form
        id={`${id}-form`}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        onKeyDown={(event) => {
          // Enter on a relation type connects, as it does in the target field once one is taken.
          if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.type === 'radio') {
            event.preventDefault();
            submit();
          }
        }}
      >
        <div className="tm-field">
          <label htmlFor={`${id}-target`}>{t('connect.target')}</label>
          <input
            id={`${id}-target`}
            role="combobox"
            // The dialog's own focusing (showModal) runs after React's autoFocus and honours only the
            // attribute, which React does not write: without it the × button would get the focus.
            ref={(el) => el?.setAttribute('autofocus', '')}
            autoComplete="off"
            spellCheck={false}
            aria-autocomplete="list"
            aria-expanded={choices.length > 0}
            aria-controls={`${id}-list`}
            aria-activedescendant={current ? optionId(choices.indexOf(current)) : undefined}
            aria-describedby={`${id}-hint`}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
              setTarget(null);
              setRelation(null);
            }}
            onKeyDown={onComboKey}
          />
          <p id={`${id}-hint`} className="tm-field-hint">
            {t('connect.targetHint')}
          </p>
        </div>
        <ul id={`${id}-list`} role="listbox" aria-label={t('connect.targets')} className="tm-connect-list">
          {choices.map((choice, i) => (
            <li
              key={choice.id}
              id={optionId(i)}
              role="option"
              aria-selected={choice === current}
              className={`tm-connect-option${choice.id === target ? ' is-picked' : ''}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(choice)}
            >
              <span className="tm-connect-label">{choice.label}</span>
              <span className="tm-connect-meta">{[choice.kind, ...choice.others].join(' · ')}</span>
            </li>
          ))}
        </ul>
        {choices.length === 0 && <p className="tm-field-hint">{t('connect.noMatch')}</p>}
        <fieldset className="tm-connect-relations">
          <legend>{t('connect.relation')}</legend>
          {!target && <p className="tm-field-hint">{t('connect.pickTargetFirst')}</p>}
          {relations.map((r) => (
            <label key={r.id} className="tm-connect-relation">
              <input type="radio" name={`${id}-relation`} value={r.id} checked={relation === r.id} disabled={r.exists} onChange={() => setRelation(r.id)} />
              {r.exists ? t('connect.exists', { name: r.label }) : r.label}
            </label>
          ))}
        </fieldset>
      </form>
    </ModalDialog>
  );
}
