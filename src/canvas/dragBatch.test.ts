import { describe, expect, it, vi } from 'vitest';
import type { NodeChange } from '@xyflow/react';
import { dragBatch } from './dragBatch';

const move = (id: string, x: number, dragging = true): NodeChange => ({ id, type: 'position', position: { x, y: 0 }, dragging });

function setup() {
  const applied: NodeChange[][] = [];
  const after: string[][] = [];
  const posted: (() => void)[] = [];
  const batch = dragBatch((c) => applied.push(c), (ids) => after.push(ids), (fn) => posted.push(fn));
  const runPosted = () => posted.splice(0).forEach((fn) => fn());
  return { batch, applied, after, posted, runPosted };
}

describe('dragBatch: a drag’s moves applied once per task after the frame', () => {
  it('holds the moves of one frame and applies each node’s newest position in one call', () => {
    const { batch, applied, posted, runPosted } = setup();
    batch.changes([move('a', 1)]);
    batch.changes([move('a', 2), move('b', 5)]);
    batch.changes([move('a', 3)]);
    expect(applied).toEqual([]);
    expect(posted).toHaveLength(1);
    runPosted();
    expect(applied).toEqual([[move('a', 3), move('b', 5)]]);
  });

  it('runs what follows the moves (the alignment guides) after they are applied, with the newest ids', () => {
    const order: string[] = [];
    const posted: (() => void)[] = [];
    const batch = dragBatch(() => order.push('apply'), (ids) => order.push(`after ${ids.join()}`), (fn) => posted.push(fn));
    batch.changes([move('a', 1)]);
    batch.dragged(['a']);
    batch.dragged(['a', 'b']);
    expect(order).toEqual([]);
    posted.splice(0).forEach((fn) => fn());
    expect(order).toEqual(['apply', 'after a,b']);
  });

  it('applies what is waiting before any other change, in the order React Flow sent them', () => {
    const { batch, applied } = setup();
    batch.changes([move('a', 7)]);
    const end = move('a', 8, false);
    const select: NodeChange = { id: 'a', type: 'select', selected: true };
    batch.changes([end, select]);
    expect(applied).toEqual([[move('a', 7)], [end, select]]);
  });

  it('flush() applies at once (the pointer’s release), and the task posted earlier then finds nothing', () => {
    const { batch, applied, after, runPosted } = setup();
    batch.changes([move('a', 1)]);
    batch.dragged(['a']);
    batch.flush();
    expect(applied).toHaveLength(1);
    expect(after).toEqual([['a']]);
    runPosted();
    expect(applied).toHaveLength(1);
    expect(after).toHaveLength(1);
  });

  it('posts one task per frame, and again after the task ran', () => {
    const { batch, posted, runPosted } = setup();
    batch.changes([move('a', 1)]);
    batch.changes([move('a', 2)]);
    batch.dragged(['a']);
    expect(posted).toHaveLength(1);
    runPosted();
    batch.changes([move('a', 3)]);
    expect(posted).toHaveLength(1);
  });

  it('holds React Flow’s measured sizes too: each node’s newest, with its move, in one call', () => {
    const { batch, applied, posted, runPosted } = setup();
    const measure = (id: string, width: number): NodeChange => ({ id, type: 'dimensions', dimensions: { width, height: 40 } });
    batch.changes([measure('g', 200)]);
    batch.changes([move('g', 4), measure('g', 240), measure('h', 90)]);
    expect(applied).toEqual([]);
    expect(posted).toHaveLength(1);
    runPosted();
    expect(applied).toEqual([[measure('g', 240), move('g', 4), measure('h', 90)]]);
  });

  it('applies a resize by hand at once: its end closes a gesture', () => {
    const { batch, applied } = setup();
    const resize: NodeChange = { id: 'a', type: 'dimensions', dimensions: { width: 10, height: 10 }, resizing: true };
    batch.changes([resize]);
    expect(applied).toEqual([[resize]]);
  });

  it('by default runs in a task of its own, after the current one', async () => {
    const apply = vi.fn();
    const batch = dragBatch(apply, () => undefined);
    batch.changes([move('a', 1)]);
    expect(apply).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(apply).toHaveBeenCalledTimes(1));
  });
});
