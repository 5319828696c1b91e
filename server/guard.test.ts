import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { RoomSize, writesDocument } from './guard';

function syncMessage(write: (e: encoding.Encoder, doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('nodes').set('a', 'b');
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  write(e, doc);
  return encoding.toUint8Array(e);
}

describe('writesDocument', () => {
  it('tells a state request and presence from writes', () => {
    expect(writesDocument(syncMessage((e, d) => syncProtocol.writeSyncStep1(e, d)))).toBe(false);
    expect(writesDocument(syncMessage((e, d) => syncProtocol.writeSyncStep2(e, d)))).toBe(true);
    expect(writesDocument(syncMessage((e, d) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(d))))).toBe(true);
    expect(writesDocument(new Uint8Array([1, 0]))).toBe(false);
  });

  it('counts an unreadable message as a write', () => {
    expect(writesDocument(new Uint8Array([]))).toBe(true);
    expect(writesDocument(new Uint8Array([0]))).toBe(true);
  });
});

describe('RoomSize', () => {
  it('measures at most once a second and adds writes on top', () => {
    let now = 0;
    let measured = 0;
    const size = new RoomSize(() => (measured++, 100), () => now);
    expect(size.after(10)).toBe(110);
    size.add(10);
    expect(size.after(5)).toBe(115);
    expect(measured).toBe(1);
    now = 1500;
    expect(size.after(5)).toBe(105);
    expect(measured).toBe(2);
  });
});
