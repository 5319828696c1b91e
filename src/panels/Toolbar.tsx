import { commands } from '../commands/table';
import { formatShortcut, isMac } from '../commands/keys';
import { runCommand } from '../commands/run';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/appStore';
import { useT } from '../store/hooks';
import { useHistoryFlags } from './useHistoryFlags';
import { LayoutControls } from './layout/LayoutControls';

const mac = typeof navigator !== 'undefined' && isMac(navigator.platform);
const toolbarCommands = commands.filter((c) => c.toolbar);

/** The main toolbar: the commands of the table marked `toolbar`, enabled live from the store. */
export function Toolbar() {
  const t = useT();
  const flags = useHistoryFlags();
  // One boolean per command, compared shallowly: re-renders only when availability changes.
  const enabled = useAppStore(useShallow((s) => toolbarCommands.map((c) => (c.enabled ? c.enabled(s, flags) : true))));
  return (
    <div role="toolbar" aria-label={t('toolbar.label')} className="tm-toolbar">
      {toolbarCommands.map((command, i) => {
        const label = t(command.label);
        const shortcut = command.shortcuts?.[0];
        return (
          <button
            key={command.id}
            type="button"
            disabled={!enabled[i]}
            title={shortcut ? `${label} (${formatShortcut(shortcut, mac)})` : label}
            onClick={() => void runCommand(command)}
          >
            {label}
          </button>
        );
      })}
      {/* Auto layout is a split button with a menu (issue 4), so it is drawn by its own component. */}
      <LayoutControls />
    </div>
  );
}
