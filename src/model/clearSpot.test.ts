import { describe, expect, it } from 'vitest';
import { clearSpot } from './clearSpot';
import { addNode } from './structure';
import { smallModel, testSizes } from './testing/editFixtures';
import { sequentialIds } from './testing/ids';

const size = { width: 200, height: 60 };

describe('clearSpot', () => {
  it('keeps the preferred place when it is clear', () => {
    expect(clearSpot(smallModel(), testSizes, { x: 2000, y: 2000 }, size)).toEqual({ x: 2000, y: 2000 });
  });
  it('moves off an element to the nearest clear place, the right first', () => {
    // a2 is at (600, 100), 200×60: its right neighbour is one width + 24 px gap further
    expect(clearSpot(smallModel(), testSizes, { x: 600, y: 100 }, size)).toEqual({ x: 824, y: 100 });
  });
  it('starts beside the node added last, so repeated adds make a row and none overlaps', () => {
    const ids = sequentialIds();
    let doc = smallModel();
    let last: string | undefined;
    const spots = [];
    for (let i = 0; i < 6; i++) {
      const at = clearSpot(doc, testSizes, { x: 0, y: 600 }, size, last);
      spots.push(at);
      const r = addNode(doc, { kind: 'actor', position: at }, ids);
      doc = r.doc;
      last = r.id;
    }
    expect(spots.map((p) => p.y)).toEqual([600, 600, 600, 600, 600, 600]);
    expect(new Set(spots.map((p) => p.x)).size).toBe(6);
    for (const a of spots) for (const b of spots) if (a !== b) expect(Math.abs(a.x - b.x) >= 224 || Math.abs(a.y - b.y) >= 84).toBe(true);
  });
});
