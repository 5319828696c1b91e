import { liveSelection } from '../store/editActions';
import type { AppState } from '../store/appStore';
import type { Command } from './types';

/** The dialog "Connect to…" opens (panels/connect/ConnectDialog.tsx). */
export const CONNECT_DIALOG = 'connectTo';

/** The one node a relation would start from: exactly one node selected. */
export function connectSource(state: AppState): string | undefined {
  const { nodes, edges } = liveSelection(state);
  return nodes.length === 1 && edges.length === 0 ? nodes[0] : undefined;
}

/** Working from the keyboard (issue 14 §6): a relation without dragging. */
export const keyboardCommands: Command[] = [
  { id: 'connectTo', label: 'cmd.connectTo', shortcuts: ['C'], enabled: (s) => connectSource(s) !== undefined, run: ({ state }) => state.setDialog(CONNECT_DIALOG) },
];
