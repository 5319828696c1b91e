import { ControlButton } from '@xyflow/react';
import { findCommand } from '../commands/table';
import { runCommand } from '../commands/run';
import { useAppStore } from '../store/appStore';
import { useT } from '../store/hooks';

const toggle = findCommand('toggleSnapToGrid')!;

/** The snap-to-grid switch among the canvas's view controls (zoom, fit): a toggle button (issue 10). */
export function SnapControl() {
  const t = useT();
  const on = useAppStore((s) => s.snapToGrid);
  const label = t('cmd.toggleSnapToGrid');
  return (
    <ControlButton onClick={() => void runCommand(toggle)} aria-label={label} aria-pressed={on} title={`${label} (Shift+G)`} className={on ? 'tm-snap is-on' : 'tm-snap'}>
      <svg viewBox="0 0 16 16" aria-hidden="true">
        {[3, 8, 13].flatMap((x) => [3, 8, 13].map((y) => <circle key={`${x}-${y}`} cx={x} cy={y} r={1.6} />))}
      </svg>
    </ControlButton>
  );
}
