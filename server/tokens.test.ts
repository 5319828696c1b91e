import { describe, expect, it } from 'vitest';
import { checkToken, newRoom, tokenFor } from './tokens';

const secret = Buffer.from('0123456789abcdef0123456789abcdef');

describe('room tokens', () => {
  it('grant write or read in their own room only', () => {
    const { room, write, read } = newRoom(secret);
    expect(checkToken(secret, room, write)).toBe('write');
    expect(checkToken(secret, room, read)).toBe('read');
    expect(checkToken(secret, newRoom(secret).room, write)).toBeNull();
    expect(checkToken(Buffer.from('another secret'), room, write)).toBeNull();
  });

  it('refuse a missing, short or tampered token and a room name that is a path', () => {
    const { room, write } = newRoom(secret);
    expect(checkToken(secret, room, null)).toBeNull();
    expect(checkToken(secret, room, write.slice(1))).toBeNull();
    expect(checkToken(secret, room, `${write.slice(0, -1)}${write.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(checkToken(secret, '../etc', tokenFor(secret, '../etc', 'write'))).toBeNull();
  });
});
