import { Suspense, useId, useRef, useState } from 'react';
import { formatShortcut, isMac } from '../../commands/keys';
import { findCommand } from '../../commands/table';
import { runCommand } from '../../commands/run';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { useHistoryFlags } from '../useHistoryFlags';
import { lazyPart } from '../../canvas/lazyPart';
import { useKeepInView } from './useKeepInView';
import './layout.css';

// The menu of layouts and the Figure settings: loaded when first opened, or when the page is idle (issue 15).
const LayoutMenu = lazyPart(() => import('./LayoutMenu'), 'LayoutMenu');

const auto = findCommand('autoLayout')!;
const cancel = findCommand('cancelLayout')!;
const mac = typeof navigator !== 'undefined' && isMac(navigator.platform);

/**
 * The toolbar's auto-layout split button (issue 4): "Auto layout" runs the current choice; the
 * arrow beside it opens the menu of layouts and the Figure settings. While ELK works (in its
 * worker, so the canvas keeps panning) a spinner, "Laying out…" and "Cancel layout" are shown.
 */
/**
 * Progress and cancel, floating under the split button so the toolbar does not reflow (and the
 * canvas does not jump) when a layout starts or ends.
 */
function RunningChip() {
  const t = useT();
  const chip = useRef<HTMLDivElement>(null);
  useKeepInView(chip);
  return (
    <div ref={chip} className="tm-layout-running">
      <span className="tm-spinner" aria-hidden="true" />
      <span aria-hidden="true">{t('layout.running')}</span>
      <button type="button" onClick={() => void runCommand(cancel)}>
        {t('cmd.cancelLayout')}
      </button>
    </div>
  );
}

export function LayoutControls() {
  const t = useT();
  const flags = useHistoryFlags();
  const [open, setOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const { running, canRun } = useAppStore(useShallow((s) => ({ running: s.layoutRunning, canRun: auto.enabled!(s, flags) })));

  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) menuButton.current?.focus();
  };

  return (
    <div className="tm-layout-controls">
      <button type="button" className="tm-layout-run" disabled={!canRun} onClick={() => void runCommand(auto)} title={`${t('cmd.autoLayout')} (${formatShortcut(auto.shortcuts![0], mac)})`}>
        {running && <span className="tm-spinner" aria-hidden="true" />}
        {t('cmd.autoLayout')}
      </button>
      <button
        ref={menuButton}
        type="button"
        className="tm-layout-menu-button"
        aria-label={t('cmd.layoutOptions')}
        title={t('cmd.layoutOptions')}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">▾</span>
      </button>
      {/* Always present (and visually hidden), so screen readers announce the text when it appears. */}
      <span role="status" className="tm-visually-hidden">
        {running ? t('layout.running') : ''}
      </span>
      {running && <RunningChip />}
      {open && (
        <Suspense fallback={null}>
          <LayoutMenu id={menuId} onClose={close} anchor={menuButton} />
        </Suspense>
      )}
    </div>
  );
}
