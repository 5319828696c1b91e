import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/message';
import { deleteAt, setAt, validDoc } from './testing/fixtures';
import { MAX_MESSAGES, validate } from './validate';

function detailsOf(doc: unknown): string[] {
  const result = validate(doc);
  expect(result.ok).toBe(false);
  return result.ok ? [] : (result.error.details ?? []).map(inEnglish);
}

describe('validate', () => {
  it('names the JSON path and the problem in plain words', () => {
    expect(detailsOf(setAt(validDoc(), ['nodes', 2, 'position', 'x'], Infinity))).toEqual([
      'nodes[2].position.x: expected a finite number, got Infinity (a number too large to store)',
    ]);
    expect(detailsOf(setAt(validDoc(), ['nodes', 0, 'label'], 5))).toEqual(['nodes[0].label: expected text, got 5']);
    expect(detailsOf(deleteAt(validDoc(), ['meta', 'title']))).toEqual(['meta.title: is missing (expected text)']);
    expect(detailsOf(setAt(validDoc(), ['edges'], {}))).toEqual(['edges: expected a list, got an object']);
    expect(detailsOf(setAt(validDoc(), ['nodes', 1, 'id'], ''))).toEqual(['nodes[1].id: must not be empty']);
    expect(detailsOf(setAt(validDoc(), ['layout', 'direction'], 'LEFT'))).toEqual([
      'layout.direction: expected "RIGHT" or "DOWN", got text "LEFT"',
    ]);
    expect(detailsOf(setAt(validDoc(), ['vocabulary', 'nodeKinds', 0, 'color'], 'red; background:url(x)'))).toEqual([
      'vocabulary.nodeKinds[0].color: expected a colour like "#1f77b4" or "#abc", got text "red; background:url(x)"',
    ]);
  });

  it('lists at most MAX_MESSAGES problems plus a count of the rest', () => {
    const doc = validDoc();
    const nodes = Array.from({ length: 25 }, (_, i) => ({ id: `n${i}`, kind: 'actor', label: 'x', position: { x: 'bad', y: 0 } }));
    const details = detailsOf(setAt(doc, ['nodes'], nodes));
    expect(details).toHaveLength(MAX_MESSAGES + 1);
    expect(details[MAX_MESSAGES]).toBe('…and 15 more problems.');
  });

  it('the message says it was not loaded and gives the first problem', () => {
    const result = validate(setAt(validDoc(), ['meta'], null), 'autosave');
    expect(!result.ok && inEnglish(result.error.message)).toMatch(/^The saved draft is a theory-model file, but 1 field is wrong.*meta: expected an object, got null$/);
  });

  it('strips unknown fields and reports each kind of field once', () => {
    const doc = validDoc();
    for (const i of [0, 1, 2]) setAt(doc, ['nodes', i, 'selected'], true);
    setAt(doc, ['viewport'], { zoom: 1 });
    const result = validate(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.nodes[0]).not.toHaveProperty('selected');
    expect(result.model).not.toHaveProperty('viewport');
    expect(result.notes.map((n) => inEnglish(n.message))).toEqual([
      'Ignored the unknown field nodes[].selected (3 places); it is not part of the format.',
      'Ignored the unknown field viewport; it is not part of the format.',
    ]);
    expect(result.notes[0].paths).toEqual(['nodes[0].selected', 'nodes[1].selected', 'nodes[2].selected']);
  });
});
