import type { LiveRefusal } from './liveState';

/** The message key for why the server refused a session (close reasons, see server/guard.ts). */
export function refusalKey(refusal: LiveRefusal | undefined) {
  switch (refusal) {
    case 'room-full':
      return 'live.refused.roomFull' as const;
    case 'message-too-large':
      return 'live.refused.tooLarge' as const;
    case 'bad-room':
      return 'live.refused.badRoom' as const;
    case 'unreachable':
      return 'live.refused.unreachable' as const;
    default:
      return 'live.refused.badToken' as const;
  }
}
