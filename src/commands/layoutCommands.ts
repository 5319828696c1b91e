/**
 * Auto-layout commands (issue 4). "Auto layout" runs the layout chosen in the menu next to it;
 * each menu choice remembers itself and runs at once. All of them are off while a layout runs
 * (one at a time; "Cancel layout" stops it) and on an empty canvas.
 */
import { afterStrings } from '../i18n/translate';
import type { StringKey } from '../i18n/strings';
import type { AppState } from '../store/appStore';
import { liveSelection } from '../store/editActions';
import { choiceBlocked } from '../store/layoutInput';
import type { LayoutChoice } from '../store/layoutSlice';
import type { Command, CommandServices } from './types';

/** The layout actions and, through them, the kernel's client: loaded with the first layout (issue 15). */
const layout = () => afterStrings(() => import('../store/layoutActions'));
const env = async (services: CommandServices) => (await layout()).defaultLayoutEnv(services.fitView);

const canLayout = (s: AppState) => !s.layoutRunning && s.doc.nodes.length > 0;
/** Whether `choice` can run with the current selection (radial: one node; selection only: some). */
const allowed = (s: AppState, choice: LayoutChoice) => canLayout(s) && choiceBlocked(choice, liveSelection(s).nodes) === null;

/** The menu's choices, in menu order, with their command ids and labels. */
export const LAYOUT_MENU: { choice: LayoutChoice; id: string; label: StringKey }[] = [
  { choice: 'figure', id: 'layoutFigure', label: 'cmd.layout.figure' },
  { choice: 'layered-right', id: 'layoutLayeredRight', label: 'cmd.layout.layeredRight' },
  { choice: 'layered-down', id: 'layoutLayeredDown', label: 'cmd.layout.layeredDown' },
  { choice: 'organic', id: 'layoutOrganic', label: 'cmd.layout.organic' },
  { choice: 'radial', id: 'layoutRadial', label: 'cmd.layout.radial' },
  { choice: 'selection', id: 'layoutSelection', label: 'cmd.layout.selection' },
];

export const layoutCommands: Command[] = [
  {
    id: 'autoLayout',
    label: 'cmd.autoLayout',
    shortcuts: ['Mod+Shift+L'],
    // Drawn by panels/layout/LayoutControls.tsx (a split button with its menu), not as a plain toolbar button.
    enabled: (s) => allowed(s, s.layoutChoice),
    run: async ({ services }) => void (await (await layout()).autoLayout(await env(services))),
  },
  {
    id: 'cancelLayout',
    label: 'cmd.cancelLayout',
    enabled: (s) => s.layoutRunning,
    run: async () => (await layout()).cancelLayout(),
  },
  ...LAYOUT_MENU.map(({ choice, id, label }): Command => ({
    id,
    label,
    enabled: (s) => allowed(s, choice),
    run: async ({ services }) => void (await (await layout()).chooseLayout(await env(services), choice)),
  })),
];
