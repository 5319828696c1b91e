/**
 * Neat hand placement (issue 10, item 6): align and distribute the selection (one undo step
 * each), and the snap-to-grid switch (view state). The Inspector's "Arrange" section and the
 * canvas controls run these; the shortcuts help lists them.
 */
import { afterStrings } from '../i18n/translate';
import type { StringKey } from '../i18n/strings';
import type { AlignMode, DistributeAxis } from '../model/align';
import { useAppStore } from '../store/appStore';
import { canAlign, canDistribute } from '../store/placementActions';
import type { Command } from './types';

// The edits (with model/align.ts) load with the first use (issue 15).
const arrange = () => afterStrings(() => import('../store/alignActions'));

export const ALIGN_COMMANDS: { mode: AlignMode; id: string; label: StringKey }[] = [
  { mode: 'left', id: 'alignLeft', label: 'cmd.alignLeft' },
  { mode: 'center', id: 'alignCenter', label: 'cmd.alignCenter' },
  { mode: 'right', id: 'alignRight', label: 'cmd.alignRight' },
  { mode: 'top', id: 'alignTop', label: 'cmd.alignTop' },
  { mode: 'middle', id: 'alignMiddle', label: 'cmd.alignMiddle' },
  { mode: 'bottom', id: 'alignBottom', label: 'cmd.alignBottom' },
];

export const DISTRIBUTE_COMMANDS: { axis: DistributeAxis; id: string; label: StringKey }[] = [
  { axis: 'horizontal', id: 'distributeHorizontal', label: 'cmd.distributeHorizontal' },
  { axis: 'vertical', id: 'distributeVertical', label: 'cmd.distributeVertical' },
];

export const placementCommands: Command[] = [
  ...ALIGN_COMMANDS.map(({ mode, id, label }): Command => ({ id, label, enabled: canAlign, run: () => arrange().then((m) => void m.alignSelection(mode)) })),
  ...DISTRIBUTE_COMMANDS.map(({ axis, id, label }): Command => ({ id, label, enabled: canDistribute, run: () => arrange().then((m) => void m.distributeSelection(axis)) })),
  {
    id: 'toggleSnapToGrid',
    label: 'cmd.toggleSnapToGrid',
    shortcuts: ['Shift+G'],
    run: ({ state }) => state.setSnapToGrid(!useAppStore.getState().snapToGrid),
  },
];
