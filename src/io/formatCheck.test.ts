import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/message';
import { checkFormat as check } from './formatCheck';
import { importModel } from './importModel';
import { englishError } from './testing/english';

const checkFormat = (value: unknown) => {
  const error = check(value);
  return error && englishError(error);
};

describe('checkFormat', () => {
  it('accepts our envelope', () => {
    expect(checkFormat({ format: 'theory-model', version: 1 })).toBeNull();
  });

  it.each([
    [null, /only null/],
    [[1, 2], /a list/],
    [42, /only a number/],
    ['text', /only a piece of text/],
    [true, /only true or false/],
  ])('refuses the non-object root %j', (value, message) => {
    const error = checkFormat(value);
    expect(error?.code).toBe('not-theory-model');
    expect(error?.message).toMatch(message);
    expect(error?.message).toMatch(/"format": "theory-model"/);
  });

  it.each([
    [{ nodes: [], edges: [], viewport: { x: 0, y: 0, zoom: 1 } }, /React Flow export/],
    [{ nodes: [], edges: [] }, /nodes-and-edges graph/],
    [{ type: 'excalidraw', version: 2, elements: [] }, /Excalidraw drawing/],
    [{ type: 'excalidrawlib', libraryItems: [] }, /Excalidraw library/],
    [{ tldrawFileFormatVersion: 1, schema: {}, records: [] }, /tldraw/],
    [{ elements: { nodes: [], edges: [] } }, /Cytoscape/],
    [{ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' }, /JSON Schema/],
    [{ format: 'bpmn' }, /format "bpmn", not "theory-model"/],
    [{ meta: { title: 'x' }, vocabulary: {} }, /no "format": "theory-model" tag/],
    [{ hello: 'world' }, /is not a theory-model file/],
  ])('names another tool\'s JSON: %j', (value, message) => {
    const error = checkFormat(value);
    expect(error?.code).toBe('not-theory-model');
    expect(error?.message).toMatch(message);
  });

  it('does not echo a huge foreign format tag', () => {
    const error = checkFormat({ format: 'x'.repeat(10_000) });
    expect(error?.message.length).toBeLessThan(300);
  });
});

describe('own file with its "format" tag deleted (issue 17, defect 7)', () => {
  it('is told to add the tag, not called another tool\'s graph', () => {
    const text = readFileSync(new URL('./testing/attacks/figure-2-without-format.json', import.meta.url), 'utf8');
    const result = importModel(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('not-theory-model');
    expect(inEnglish(result.error.message)).toMatch(/add "format": "theory-model"/);
    expect(inEnglish(result.error.message)).not.toMatch(/React Flow|another tool/);
  });

  it('a React Flow export is still named as one', () => {
    expect(checkFormat({ nodes: [], edges: [], viewport: { x: 0, y: 0, zoom: 1 } })?.message).toMatch(/React Flow export/);
    expect(checkFormat({ nodes: [], edges: [] })?.message).toMatch(/another tool/);
  });
});
