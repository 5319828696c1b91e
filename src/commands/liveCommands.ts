/**
 * Live co-editing commands (issue 13). The session code loads only when one starts.
 */
import { liveStore } from '../collab/liveState';
import { afterStrings, translator } from '../i18n/translate';
import type { Command } from './types';

export const LIVE_DIALOG = 'live';

export const liveCommands: Command[] = [
  {
    id: 'startLive',
    label: 'cmd.startLive',
    run: ({ state }) => state.setDialog(LIVE_DIALOG),
  },
  {
    id: 'leaveLive',
    label: 'cmd.leaveLive',
    enabled: () => liveStore.getState().live !== null,
    run: async ({ state }) => {
      const { leaveLive } = await afterStrings(() => import('../collab/controller'));
      leaveLive();
      state.notify('info', translator(state.uiLang)('live.left'));
    },
  },
];
