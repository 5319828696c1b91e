import { describe, expect, it } from 'vitest';
import { blankModel } from './blank';
import { legendEntries } from './legend';

describe('legendEntries', () => {
  const doc = {
    ...blankModel('t', new Date(0)),
    nodes: [
      { id: 'a', kind: 'actor', label: '学校', position: { x: 0, y: 0 } },
      { id: 'd', kind: 'driver', label: '盈利', position: { x: 0, y: 0 } },
      { id: 'g', kind: 'group', label: '组', position: { x: 0, y: 0 } },
    ],
    edges: [{ id: 'e', source: 'd', target: 'a', relation: 'motivates' }],
  };
  it('lists only the kinds and relation types in use, in vocabulary order', () => {
    const { kinds, relations } = legendEntries(doc, 'zh');
    expect(kinds.map((k) => k.id)).toEqual(['actor', 'driver']);
    expect(relations.map((r) => [r.id, r.line])).toEqual([['motivates', 'dashed']]);
    // Width and head are filled with the format's defaults, so legends draw exactly what edges draw.
    expect(relations[0]).toMatchObject({ width: 1.6, head: 'filled', arrow: 'end' });
  });
  it('names entries in the diagram language', () => {
    expect(legendEntries(doc, 'en').kinds[0].text).toBe('Key actor');
  });
});
