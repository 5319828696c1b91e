import * as decoding from 'lib0/decoding';

/** y-websocket's outer message types and y-protocols' sync steps (y-protocols/sync). */
const MESSAGE_SYNC = 0;
const SYNC_STEP_1 = 0;

/** Close codes in 4400–4499 tell y-websocket's client not to reconnect (y-websocket 3.1). */
export const CLOSE = {
  badRoom: { code: 4400, reason: 'bad-room' },
  badToken: { code: 4401, reason: 'bad-token' },
  roomFull: { code: 4413, reason: 'room-full' },
  tooLarge: { code: 4413, reason: 'message-too-large' },
} as const;

/**
 * Whether a message from a client would change the document. Sync step 1 only asks for state and
 * awareness only carries presence; sync step 2 and updates write. An unreadable message counts as
 * a write, so a read-only client cannot slip one past the check.
 */
export function writesDocument(message: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return false;
    return decoding.readVarUint(decoder) !== SYNC_STEP_1;
  } catch {
    return true;
  }
}

/**
 * Keeps a cheap running estimate of a room's encoded size: the exact size is recomputed at most
 * once a second, and the bytes of writes since then are added on top (an upper bound, since
 * updates often overwrite).
 */
export class RoomSize {
  private exact = 0;
  private since = 0;
  private measuredAt = -Infinity;

  constructor(private readonly measure: () => number, private readonly now: () => number = Date.now) {}

  /** The estimated size after a write of `bytes`. */
  after(bytes: number): number {
    if (this.now() - this.measuredAt > 1000) {
      this.exact = this.measure();
      this.since = 0;
      this.measuredAt = this.now();
    }
    return this.exact + this.since + bytes;
  }

  /** Counts an accepted write. */
  add(bytes: number): void {
    this.since += bytes;
  }
}
