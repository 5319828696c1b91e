import { useEffect, useId, useMemo, useRef } from 'react';
import { speakerNotes } from '../../model/presentation/steps';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { currentScope, currentStep, shownSteps, stepBy, stepTo, stopPresenting, toggleSpeakerNotes } from '../../store/presentationActions';
import { usePresentationKeys } from './usePresentationKeys';
import './presentation.css';

/**
 * Presentation mode (issue 14 §4): the figure alone, full screen where the browser allows it (a
 * full-window overlay otherwise), one step at a time. The editing chrome is hidden by
 * presentation.css while this is mounted; a click layer over the figure steps on (a right click
 * steps back), so nothing on the canvas can be moved or selected while presenting. Loaded when
 * a presentation starts, or when the page is idle (PresentationOverlay.tsx).
 */
export function Presentation() {
  const t = useT();
  const view = useAppStore((s) => s.stepView);
  const step = useAppStore(currentStep);
  const scope = useAppStore(currentScope);
  const count = useAppStore((s) => shownSteps(s).steps.length);
  const doc = useAppStore((s) => s.doc);
  const lang = useAppStore((s) => s.diagramLang);
  const notes = useMemo(() => (step ? speakerNotes(doc, step, lang) : null), [doc, step, lang]);
  const notesId = useId();
  const root = useRef<HTMLDivElement>(null);
  usePresentationKeys(root);
  useFullscreen();
  // Keyboard focus starts in the presentation, so the keys and a screen reader are there.
  useEffect(() => root.current?.querySelector<HTMLElement>('.tm-present-next')?.focus(), []);

  if (!view || !step) return null;
  const index = view.index;
  const missing = scope?.missing.length ?? 0;
  return (
    <div ref={root} className="tm-present" role="region" aria-label={t('present.label')} aria-roledescription={t('present.label')}>
      <div
        className="tm-present-stage"
        aria-hidden="true"
        onClick={() => stepBy(1)}
        onContextMenu={(event) => {
          event.preventDefault();
          stepBy(-1);
        }}
      />
      <div className="tm-present-bar">
        <button type="button" className="tm-present-button" aria-label={t('present.previous')} title={t('present.previous')} disabled={index === 0} onClick={() => stepBy(-1)}>
          ‹
        </button>
        <p className="tm-present-counter" role="status" aria-live="polite" aria-atomic="true">
          <span className="tm-present-count">{t('present.counter', { index: index + 1, count })}</span>
          <span className="tm-present-name">{step.name}</span>
        </p>
        <button type="button" className="tm-present-button tm-present-next" aria-label={t('present.next')} title={t('present.next')} disabled={index >= count - 1} onClick={() => stepBy(1)}>
          ›
        </button>
        <button type="button" className="tm-present-button tm-present-wide" aria-pressed={view.notes} aria-controls={view.notes ? notesId : undefined} onClick={toggleSpeakerNotes}>
          {t('present.notes')}
        </button>
        <button type="button" className="tm-present-button tm-present-wide" onClick={stopPresenting}>
          {t('present.exit')}
        </button>
      </div>
      <ol className="tm-present-dots" aria-label={t('steps.list')}>
        {Array.from({ length: count }, (_, i) => (
          <li key={i}>
            <button type="button" className="tm-present-dot" aria-current={i === index ? 'step' : undefined} aria-label={t('present.counter', { index: i + 1, count })} onClick={() => stepTo(i)} />
          </li>
        ))}
      </ol>
      {missing > 0 && (
        <p className="tm-present-note" role="note">
          {t('present.skipped', { count: missing })}
        </p>
      )}
      {view.notes && notes && (
        <aside id={notesId} className="tm-present-notes" aria-label={t('present.notes')}>
          <h2>{t('present.notes')}</h2>
          {notes.kind === 'notes' ? (
            <p className="tm-present-notes-text">{notes.text}</p>
          ) : notes.items.length > 0 ? (
            <dl>
              {notes.items.map((item, i) => (
                <div key={i}>
                  <dt>{item.label}</dt>
                  <dd>{item.text}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p>{t('present.noNotes')}</p>
          )}
        </aside>
      )}
      <p className="tm-present-help">{t('present.help')}</p>
    </div>
  );
}

/** Full screen while presenting, where the browser allows it; leaving full screen (Esc) leaves the presentation. */
function useFullscreen() {
  useEffect(() => {
    const element = document.documentElement;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) stopPresenting();
    };
    document.addEventListener('fullscreenchange', onChange);
    if (!document.fullscreenElement && typeof element.requestFullscreen === 'function') {
      // Refused (no user gesture, an iframe without permission): the overlay fills the window instead.
      element.requestFullscreen().catch(() => undefined);
    }
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);
}
