import { describe, expect, it } from 'vitest';
import { allowedRelations, defaultRelation, findKind, relationAllows } from './vocabulary';
import type { Vocabulary } from './types';

const vocab: Vocabulary = {
  nodeKinds: [
    { id: 'actor', label: '关键主体', color: '#1f4e79' },
    { id: 'driver', label: '关键驱动力', color: '#b45309' },
  ],
  relationTypes: [
    { id: 'any', label: 'any', color: '#000000' },
    { id: 'cooperates', label: '合作', color: '#111111', from: ['actor'], to: ['actor'] },
    { id: 'motivates', label: '驱动', color: '#222222', from: ['driver'], to: ['actor'] },
  ],
};

describe('vocabulary rules', () => {
  it('allows only declared kinds at each end', () => {
    const motivates = vocab.relationTypes[2];
    expect(relationAllows(motivates, 'driver', 'actor')).toBe(true);
    expect(relationAllows(motivates, 'actor', 'driver')).toBe(false);
  });
  it('orders allowed relations by specificity, then by vocabulary order', () => {
    expect(allowedRelations(vocab, 'driver', 'actor').map((r) => r.id)).toEqual(['motivates', 'any']);
    expect(defaultRelation(vocab, 'actor', 'actor')?.id).toBe('cooperates');
    expect(defaultRelation(vocab, 'driver', 'driver')?.id).toBe('any');
  });
  it('returns no default when nothing is allowed', () => {
    const strict = { ...vocab, relationTypes: vocab.relationTypes.slice(1) };
    expect(defaultRelation(strict, 'driver', 'driver')).toBeUndefined();
  });
  it('knows the built-in group kind without a declaration', () => {
    expect(findKind(vocab, 'group')?.id).toBe('group');
    expect(findKind(vocab, 'nope')).toBeUndefined();
  });
});
