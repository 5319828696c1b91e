import { describe, expect, it } from 'vitest';
import { validModel } from '../testing/fixtures';
import { repairSizes } from './sizes';

describe('repairSizes', () => {
  it('drops zero or negative sizes so the node sizes itself', () => {
    const model = validModel();
    model.nodes[1].size = { width: 0, height: 10 };
    model.nodes[2].size = { width: 10, height: -1 };
    const { model: out, notes } = repairSizes(model);
    expect(out.nodes[0].size).toEqual({ width: 300, height: 200 });
    expect(out.nodes[1]).not.toHaveProperty('size');
    expect(out.nodes[2]).not.toHaveProperty('size');
    expect(notes).toEqual([expect.objectContaining({ code: 'invalid-size-removed', ids: ['a1', 'd1'] })]);
  });
});
