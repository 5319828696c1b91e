import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a token lets its holder do in its room. */
export type Access = 'write' | 'read';

/** A room name the server accepts: short, URL-safe, and never a path. */
export const ROOM_NAME = /^[A-Za-z0-9_-]{6,64}$/;

/**
 * Room tokens are HMACs of the room name under the server's secret, one per access level, so the
 * server keeps no table of rooms and a token for one room opens no other. A restart keeps the
 * secret (it lives in the data directory beside the rooms), so links stay valid.
 */
export function tokenFor(secret: Buffer, room: string, access: Access): string {
  return createHmac('sha256', secret).update(`${access}:${room}`).digest('base64url').slice(0, 32);
}

/** The access a token grants in a room, or null for a wrong token. Constant-time comparison. */
export function checkToken(secret: Buffer, room: string, token: string | null): Access | null {
  if (!token || !ROOM_NAME.test(room)) return null;
  for (const access of ['write', 'read'] as const) {
    const expected = Buffer.from(tokenFor(secret, room, access));
    const given = Buffer.from(token);
    if (given.length === expected.length && timingSafeEqual(given, expected)) return access;
  }
  return null;
}

/** A fresh room: a random name and its two tokens. */
export function newRoom(secret: Buffer): { room: string; write: string; read: string } {
  const room = randomBytes(12).toString('base64url');
  return { room, write: tokenFor(secret, room, 'write'), read: tokenFor(secret, room, 'read') };
}

/** Reads the server's secret from `dir/secret`, creating it (readable by the owner only) on first start. */
export function loadSecret(dir: string): Buffer {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
}
