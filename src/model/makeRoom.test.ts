import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absoluteRect, GROUP_PADDING, nodesById, sizeFrom } from './geometry';
import { makeRoom, makeRoomInModel, ROOM_GAP, type RoomBox } from './makeRoom';
import type { Size, TheoryModel } from './types';

const box = (id: string, x: number, y: number, width = 200, height = 60, extra: Partial<RoomBox> = {}): RoomBox => ({ id, group: false, x, y, width, height, ...extra });

const overlap = (a: RoomBox, b: RoomBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The boxes after applying a plan. */
function applied(boxes: readonly RoomBox[], plan: ReturnType<typeof makeRoom>): RoomBox[] {
  return boxes.map((b) => ({ ...b, ...(plan.positions.get(b.id) ?? {}), ...(plan.sizes.get(b.id) ?? {}) }));
}

function siblingOverlaps(boxes: readonly RoomBox[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if ((boxes[i].parent ?? null) === (boxes[j].parent ?? null) && overlap(boxes[i], boxes[j])) out.push([boxes[i].id, boxes[j].id]);
    }
  }
  return out;
}

describe('makeRoom', () => {
  it('pushes the node below a grown node down by the overlap plus the gap, and nothing else', () => {
    // A column: a grew from 60 to 120 px; b sat 22 px below a's old bottom, c far below.
    const boxes = [box('a', 0, 0, 200, 120), box('b', 0, 82), box('c', 0, 400)];
    const plan = makeRoom(boxes, ['a']);
    expect(plan.positions.get('b')).toEqual({ x: 0, y: 120 + ROOM_GAP });
    expect(plan.positions.has('a')).toBe(false);
    expect(plan.positions.has('c')).toBe(false);
  });

  it('cascades down a column without ever moving the grown node', () => {
    const boxes = [box('a', 0, 0, 200, 200), box('b', 0, 82), box('c', 0, 164), box('d', 0, 246)];
    const after = applied(boxes, makeRoom(boxes, ['a']));
    expect(after[0]).toEqual(boxes[0]);
    expect(siblingOverlaps(after)).toEqual([]);
    expect(after.map((b) => b.y)).toEqual([0, 216, 292, 368]);
  });

  it('pushes sideways when that is the shorter way out', () => {
    const boxes = [box('a', 0, 0, 230, 60), box('b', 220, 0)];
    expect(makeRoom(boxes, ['a']).positions.get('b')).toEqual({ x: 230 + ROOM_GAP, y: 0 });
  });

  it('grows a group to hold its pushed children and pushes the group’s neighbours in turn', () => {
    const boxes = [
      box('g', 0, 0, 232, 200, { group: true }),
      box('k1', 16, 44, 200, 100, { parent: 'g' }),
      box('k2', 16, 126, 200, 60, { parent: 'g' }),
      box('h', 0, 220, 232, 100, { group: true }),
      box('far', 600, 0),
    ];
    const plan = makeRoom(boxes, ['k1']);
    const after = applied(boxes, plan);
    const k2 = after.find((b) => b.id === 'k2')!;
    expect(k2.y).toBe(44 + 100 + ROOM_GAP);
    const g = after.find((b) => b.id === 'g')!;
    expect(g.height).toBe(k2.y + 60 + GROUP_PADDING.bottom);
    expect(after.find((b) => b.id === 'h')!.y).toBe(g.y + g.height + ROOM_GAP);
    expect(plan.positions.has('far')).toBe(false);
    expect(siblingOverlaps(after)).toEqual([]);
  });

  it('grows a group up/left without moving its children on screen', () => {
    const boxes = [box('g', 100, 100, 232, 200, { group: true }), box('k1', 16, 44, 200, 60, { parent: 'g' }), box('k2', 16, 60, 200, 60, { parent: 'g' })];
    // k2 grew; k1 is pushed out of it — the shortest way is up, above the padding.
    const after = applied(boxes, makeRoom(boxes, ['k2']));
    const g = after[0];
    const k1 = after[1];
    const k2 = after[2];
    expect(k1.y).toBeGreaterThanOrEqual(GROUP_PADDING.top);
    expect(g.y + k2.y).toBe(100 + 60); // the grown node did not move on screen
  });

  it('leaves a model without overlaps alone', () => {
    const boxes = [box('a', 0, 0), box('b', 0, 100), box('c', 300, 0)];
    const plan = makeRoom(boxes, ['a', 'b']);
    expect(plan.positions.size + plan.sizes.size).toBe(0);
  });

  it('leaves overlaps that no growth touches alone', () => {
    const boxes = [box('a', 0, 0), box('b', 10, 10), box('c', 600, 0, 200, 120), box('d', 600, 100)];
    const plan = makeRoom(boxes, ['c']);
    expect(plan.positions.has('a') || plan.positions.has('b')).toBe(false);
    expect(plan.positions.get('d')).toEqual({ x: 600, y: 120 + ROOM_GAP });
  });

  it('treats `__proto__` and `constructor` as ordinary ids', () => {
    const boxes = [box('__proto__', 0, 0, 200, 120), box('constructor', 0, 82)];
    expect(makeRoom(boxes, ['__proto__']).positions.get('constructor')).toEqual({ x: 0, y: 136 });
  });
});

// Property: random sibling boxes (some in groups), random growth.
const leaf = fc.record({ x: fc.integer({ min: 0, max: 600 }), y: fc.integer({ min: 0, max: 600 }), width: fc.integer({ min: 20, max: 240 }), height: fc.integer({ min: 20, max: 200 }), inGroup: fc.integer({ min: -1, max: 2 }) });
const scene = fc.record({ leaves: fc.array(leaf, { minLength: 1, maxLength: 14 }), grown: fc.array(fc.nat(), { maxLength: 4 }), groups: fc.array(fc.record({ x: fc.integer({ min: 0, max: 900 }), y: fc.integer({ min: 0, max: 900 }) }), { minLength: 3, maxLength: 3 }) });

type Scene = { leaves: { x: number; y: number; width: number; height: number; inGroup: number }[]; groups: { x: number; y: number }[] };

function build({ leaves, groups }: Scene): RoomBox[] {
  const out: RoomBox[] = groups.map((g, i) => box(`g${i}`, g.x, g.y, 232, 120, { group: true }));
  leaves.forEach((l, i) => out.push(box(`n${i}`, l.x, l.y, l.width, l.height, l.inGroup >= 0 ? { parent: `g${l.inGroup}` } : {})));
  return out;
}

describe('makeRoom (properties)', () => {
  it('leaves no grown or moved node overlapping a sibling, and every group holds its children with padding', () => {
    fc.assert(
      fc.property(scene, (s) => {
        const boxes = build(s);
        const grown = s.grown.map((i) => boxes[i % boxes.length].id);
        const plan = makeRoom(boxes, grown);
        const after = applied(boxes, plan);
        // Any overlap left is one the input already had, between two nodes nothing touched.
        // Moved = pushed in its own container (a group that grows up/left shifts its children in
        // its frame, and a pushed group carries its children: neither is a push of the child).
        const shifted = (id: string) => {
          const parent = boxes.find((x) => x.id === id)!.parent;
          return parent !== undefined && plan.sizes.has(parent);
        };
        const touched = (id: string) => grown.includes(id) || plan.sizes.has(id) || (plan.positions.has(id) && !shifted(id));
        for (const [a, b] of siblingOverlaps(after)) {
          expect(touched(a) || touched(b), `${a} × ${b}`).toBe(false);
          expect(siblingOverlaps(boxes).some(([x, y]) => x === a && y === b)).toBe(true);
        }
        for (const g of after.filter((b) => b.group)) {
          for (const k of after.filter((b) => b.parent === g.id)) {
            expect(k.x).toBeGreaterThanOrEqual(GROUP_PADDING.left);
            expect(k.y).toBeGreaterThanOrEqual(GROUP_PADDING.top);
            expect(k.x + k.width).toBeLessThanOrEqual(g.width - GROUP_PADDING.right);
            expect(k.y + k.height).toBeLessThanOrEqual(g.height - GROUP_PADDING.bottom);
          }
        }
        for (const b of after) expect(Number.isFinite(b.x) && Number.isFinite(b.y)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('moves a node only when it overlapped a sibling, before or after the others moved', () => {
    fc.assert(
      fc.property(scene, (s) => {
        const boxes = build(s);
        const grown = s.grown.map((i) => boxes[i % boxes.length].id);
        const plan = makeRoom(boxes, grown);
        const after = applied(boxes, plan);
        for (const [id] of plan.positions) {
          const before = boxes.find((b) => b.id === id)!;
          const siblings = (list: RoomBox[]) => list.filter((o) => o.id !== id && (o.parent ?? null) === (before.parent ?? null));
          // A child also "moves" in its group's frame when the group grew up/left (not on screen).
          // A group grown up/left moves too (its box, to hold its children).
          const parentShifted = (before.parent !== undefined && plan.sizes.has(before.parent)) || plan.sizes.has(id);
          const hadTo = siblings(boxes).some((o) => overlap(before, o)) || siblings(after).some((o) => overlap(before, o));
          expect(hadTo || parentShifted).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('moves nothing when no sibling overlaps, whatever grew', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 20, max: 200 }), { minLength: 1, maxLength: 10 }), fc.nat(), (heights, g) => {
        let y = 0;
        const boxes = heights.map((h, i) => {
          const b = box(`n${i}`, 0, y, 200, h);
          y += h + 5;
          return b;
        });
        const plan = makeRoom(boxes, [boxes[g % boxes.length].id]);
        expect(plan.positions.size).toBe(0);
      }),
    );
  });
});

describe('makeRoomInModel on Figure 2', () => {
  const figure2 = (): TheoryModel => JSON.parse(readFileSync(new URL('../../examples/figure-2.json', import.meta.url), 'utf8')) as TheoryModel;

  it('makes room for a driver that grew to five lines: no overlaps, groups hold their members, the driver stays put', () => {
    const doc = figure2();
    const measured = new Map<string, Size>(doc.nodes.filter((n) => n.kind !== 'group').map((n) => [n.id, { width: 200, height: 60 }]));
    measured.set('drv-student-startup', { width: 200, height: 140 });
    const sizeOf = sizeFrom(measured);
    const next = makeRoomInModel(doc, sizeOf, ['drv-student-startup']);
    expect(next).not.toBe(doc);
    const byId = nodesById(next);
    const rects = next.nodes.map((n) => ({ n, r: absoluteRect(byId, n, sizeOf) }));
    for (const a of rects) {
      for (const b of rects) {
        if (a.n.id >= b.n.id || (a.n.parent ?? null) !== (b.n.parent ?? null)) continue;
        expect(overlap({ ...a.r, id: '', group: false }, { ...b.r, id: '', group: false }), `${a.n.id} × ${b.n.id}`).toBe(false);
      }
    }
    expect(next.nodes.find((n) => n.id === 'drv-student-startup')!.position).toEqual({ x: 16, y: 208 });
    // The student's other drivers above it and the other groups' members do not move.
    expect(next.nodes.find((n) => n.id === 'drv-student-job')).toBe(doc.nodes.find((n) => n.id === 'drv-student-job'));
    expect(next.nodes.find((n) => n.id === 'drv-org-profit')).toBe(doc.nodes.find((n) => n.id === 'drv-org-profit'));
    expect(makeRoomInModel(next, sizeOf, ['drv-student-startup'])).toBe(next);
  });
});
