import { useShallow } from 'zustand/react/shallow';
import { ALIGN_COMMANDS, DISTRIBUTE_COMMANDS } from '../../commands/placementCommands';
import { runCommand } from '../../commands/run';
import { findCommand } from '../../commands/table';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { Section } from '../inspector/fields';
import { useHistoryFlags } from '../useHistoryFlags';
import './arrange.css';

const align = ALIGN_COMMANDS.map((c) => ({ ...c, command: findCommand(c.id)! }));
const distribute = DISTRIBUTE_COMMANDS.map((c) => ({ ...c, command: findCommand(c.id)! }));

/** Small pictures of each action: bars lined up on (or spread along) a line. */
const ICONS: Record<string, string> = {
  alignLeft: 'M2 1v14M4 3h9v3H4zM4 9h6v3H4z',
  alignCenter: 'M8 1v14M3 3h10v3H3zM5 9h6v3H5z',
  alignRight: 'M14 1v14M3 3h9v3H3zM6 9h6v3H6z',
  alignTop: 'M1 2h14M3 4h3v9H3zM9 4h3v6H9z',
  alignMiddle: 'M1 8h14M3 3h3v10H3zM9 5h3v6H9z',
  alignBottom: 'M1 14h14M3 3h3v9H3zM9 6h3v6H9z',
  distributeHorizontal: 'M1 1v14M15 1v14M3 5h2v6H3zM7 4h2v8H7zM11 5h2v6h-2z',
  distributeVertical: 'M1 1h14M1 15h14M5 3h6v2H5zM4 7h8v2H4zM5 11h6v2H5z',
};

/** The Inspector's "Arrange" section for a multiple selection: align and distribute (issue 10). */
export function ArrangeSection() {
  const t = useT();
  const flags = useHistoryFlags();
  const enabled = useAppStore(useShallow((s) => [...align, ...distribute].map((c) => c.command.enabled!(s, flags))));
  const button = (item: (typeof align)[number] | (typeof distribute)[number], on: boolean) => (
    <button key={item.id} type="button" className="tm-arrange-button" disabled={!on} aria-label={t(item.label)} title={t(item.label)} onClick={() => void runCommand(item.command)}>
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path d={ICONS[item.id]} />
      </svg>
    </button>
  );
  return (
    <Section title={t('arrange.title')}>
      <div role="group" aria-label={t('arrange.align')} className="tm-arrange-row">
        {align.map((item, i) => button(item, enabled[i]))}
      </div>
      <div role="group" aria-label={t('arrange.distribute')} className="tm-arrange-row">
        {distribute.map((item, i) => button(item, enabled[align.length + i]))}
      </div>
      <p className="tm-inspector-note">{t('arrange.alignHint')}</p>
    </Section>
  );
}
