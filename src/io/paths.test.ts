import { describe, expect, it } from 'vitest';
import { formatPath, pathPattern, valueAt } from './paths';

describe('paths', () => {
  it('formats paths as users read them', () => {
    expect(formatPath(['nodes', 3, 'position', 'x'])).toBe('nodes[3].position.x');
    expect(formatPath(['meta', 'labels', 'zh-CN'])).toBe('meta.labels["zh-CN"]');
    expect(formatPath([])).toBe('(root)');
    expect(pathPattern(['nodes', 12, 'selected'])).toBe('nodes[].selected');
  });

  it('reads own properties only', () => {
    expect(valueAt({ a: [{ b: 2 }] }, ['a', 0, 'b'])).toBe(2);
    expect(valueAt({}, ['toString'])).toBeUndefined();
    expect(valueAt({ a: 1 }, ['a', 'b'])).toBeUndefined();
  });
});
