/** Live co-editing (issue 13). */
export const live = {
  'cmd.startLive': 'Start live session',
  'cmd.leaveLive': 'Leave live session',
  'live.left': 'You left the live session. The model stays open here as your draft.',
} as const;
