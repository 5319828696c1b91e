import { describe, expect, it } from 'vitest';
import { blankModel } from '../model/blank';
import { moveNodes } from '../model/edits';
import { updateNode } from '../model/edits';
import type { AppState } from './appStore';
import { selectContent } from './contentSelector';

const base = { ...blankModel('t', new Date(0)), nodes: [{ id: 'a', kind: 'actor', label: 'A', position: { x: 0, y: 0 } }] };
const at = (doc: typeof base) => selectContent({ doc } as AppState);

describe('selectContent', () => {
  it('keeps the same content object while only positions change', () => {
    const first = at(base);
    const moved = moveNodes(base, new Map([['a', { x: 5, y: 5 }]]));
    expect(at(moved)).toBe(first);
  });
  it('gives the new document when text changes', () => {
    at(base);
    const renamed = updateNode(base, 'a', (n) => ({ ...n, label: 'B' }));
    expect(at(renamed)).toBe(renamed);
  });
});
