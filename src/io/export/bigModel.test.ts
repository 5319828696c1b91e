import { describe, expect, it } from 'vitest';
import { importModel } from '../importModel';
import { serializeModel } from '../serialize';
import { bigModel } from './testing/bigModel';

describe('bigModel (benchmark fixture)', () => {
  it('is a valid model that imports without repairs, and is the same for the same seed', () => {
    const model = bigModel({ nodes: 500 });
    expect(model.nodes.filter((n) => n.kind !== 'group')).toHaveLength(500);
    const result = importModel(serializeModel(model));
    expect(result.ok && result.report).toEqual([]);
    expect(serializeModel(bigModel({ nodes: 500 }))).toBe(serializeModel(model));
    expect(serializeModel(bigModel({ nodes: 500, seed: 7 }))).not.toBe(serializeModel(model));
  });
});
