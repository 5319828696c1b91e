import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/message';
import { englishError } from './testing/english';
import { FORMAT_VERSION } from '../model/types';
import { importModel } from './importModel';
import type { ImportErrorCode } from './types';
import { serializeModel } from './serialize';
import { setAt, validDoc, validModel } from './testing/fixtures';

const text = (doc: unknown) => JSON.stringify(doc);

function refusal(input: unknown, opts?: Parameters<typeof importModel>[1]) {
  const result = importModel(input, opts);
  if (result.ok) throw new Error('expected a refusal');
  return englishError(result.error);
}

describe('importModel: refusals', () => {
  it.each<[string, unknown, ImportErrorCode]>([
    ['truncated JSON', serializeModel(validModel()).slice(0, 200), 'not-json'],
    ['an empty file', '', 'empty'],
    ['whitespace only', ' \n\t ', 'empty'],
    ['undefined', undefined, 'empty'],
    ['plain text', 'this is not a theory model', 'not-json'],
    ['a React Flow export', text({ nodes: [], edges: [], viewport: { x: 0, y: 0, zoom: 1 } }), 'not-theory-model'],
    ['an Excalidraw file', text({ type: 'excalidraw', version: 2, source: 'https://excalidraw.com', elements: [] }), 'not-theory-model'],
    ['a non-object root (array)', '[1,2,3]', 'not-theory-model'],
    ['a non-object root (null)', 'null', 'not-theory-model'],
    ['a non-object root (number)', '42', 'not-theory-model'],
    ['a non-object root (string)', '"theory-model"', 'not-theory-model'],
    ['a future version', text({ ...validDoc(), version: FORMAT_VERSION + 1 }), 'future-version'],
    ['a missing version', text({ ...validDoc(), version: undefined }), 'invalid'],
    ['a string version', text({ ...validDoc(), version: '1' }), 'invalid'],
    ['an older version with no migration', text({ ...validDoc(), version: 0 }), 'invalid'],
    ['wrong field types', text(setAt(validDoc(), ['nodes', 0, 'position'], 'top-left')), 'invalid'],
    ['a missing required array', text({ ...validDoc(), edges: undefined }), 'invalid'],
    ['a CSS-injection colour', text(setAt(validDoc(), ['vocabulary', 'relationTypes', 0, 'color'], 'red; background:url(x)')), 'invalid'],
  ])('refuses %s', (_name, input, code) => {
    const error = refusal(input);
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(10);
    expect(error.message).not.toMatch(/<[a-z]/i); // plain text, never markup
  });

  it('refuses a non-finite number (1e999 parses to Infinity), naming the path', () => {
    const input = serializeModel(validModel()).replace('"x": 400', '"x": 1e999');
    const error = refusal(input);
    expect(error.code).toBe('invalid');
    expect(error.details).toEqual(['nodes[2].position.x: expected a finite number, got Infinity (a number too large to store)']);
  });

  it('names the future version and ours', () => {
    expect(refusal(text({ ...validDoc(), version: FORMAT_VERSION + 1 })).message).toMatch(
      new RegExp(`^This file is format version ${FORMAT_VERSION + 1}; this app reads up to version ${FORMAT_VERSION}\\.`),
    );
  });

  it('words messages for the source', () => {
    expect(refusal('', { source: 'paste' }).message).toBe('The pasted text is empty.');
    expect(refusal('{', { source: 'autosave' }).message).toMatch(/^The saved draft is cut off/);
    expect(refusal('[]', { source: 'link' }).message).toMatch(/^The shared link contains a list/);
  });

  it('never throws, even on input whose getters throw', () => {
    const evil = { format: 'theory-model', get version(): number { throw new Error('gotcha'); } };
    expect(refusal(evil)).toMatchObject({ code: 'invalid', details: ['gotcha'] });
  });

  it('refuses too-large text before parsing', () => {
    expect(refusal('{"a":"' + 'x'.repeat(2000) + '"}', { maxBytes: 1000 }).code).toBe('too-large');
  });
});

describe('importModel: success', () => {
  it('loads a valid file with an empty report', () => {
    const result = importModel(serializeModel(validModel()));
    expect(result).toEqual({ ok: true, model: validModel(), report: [] });
  });

  it('accepts an already-parsed value and does not mutate it', () => {
    const doc = validDoc();
    setAt(doc, ['nodes', 0, 'selected'], true);
    const before = JSON.stringify(doc);
    const result = importModel(doc, { source: 'autosave' });
    expect(result.ok).toBe(true);
    expect(JSON.stringify(doc)).toBe(before);
    if (result.ok) expect(result.model.nodes[0]).not.toBe((doc.nodes as unknown[])[0]);
  });

  it('repairs everything at once and reports each repair', () => {
    const doc = validDoc();
    setAt(doc, ['nodes'], [
      { id: 'a1', kind: 'actor', label: 'child first', position: { x: 1, y: 1 }, parent: 'g1' },
      { id: 'g1', kind: 'group', label: 'group', position: { x: 0, y: 0 } },
      { id: 'a1', kind: 'actor', label: 'duplicate', position: { x: 2, y: 2 } },
      { id: 'r1', kind: 'resource', label: 'unknown kind', position: { x: 3, y: 3 }, parent: 'missing' },
    ]);
    setAt(doc, ['edges'], [
      { id: 'e1', source: 'a1', target: 'r1', relation: 'supports' },
      { id: 'e2', source: 'a1', target: 'gone', relation: 'motivates' },
    ]);
    const result = importModel(text(doc));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.nodes.map((n) => n.id)).toEqual(['g1', 'a1', 'a1-2', 'r1']);
    expect(result.model.edges.map((e) => [e.id, e.source])).toEqual([['e1', 'a1']]);
    expect(result.report.map((n) => n.code)).toEqual([
      'duplicate-node-id',
      'unknown-kind-added',
      'unknown-relation-added',
      'parent-missing',
      'nodes-reordered',
      'dangling-edge-removed',
    ]);
    expect(result.report.at(-1)?.ids).toEqual(['e2']);
  });

  it('imports a label at the 10,000-character budget quickly; refuses a 100,000-character one quickly, naming the limit', () => {
    // Issue 17 set a label budget (io/budgets.ts): a 19.5-million-character label froze the tab for 22 s.
    const label = '学'.repeat(5_000) + 'x'.repeat(5_000);
    const input = text(setAt(validDoc(), ['nodes', 1, 'label'], label));
    const started = performance.now();
    const result = importModel(input);
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.ok && result.model.nodes[1].label).toBe(label);

    const huge = text(setAt(validDoc(), ['nodes', 1, 'label'], '学'.repeat(50_000) + 'x'.repeat(50_000)));
    const refusedAt = performance.now();
    const refused = importModel(huge);
    expect(performance.now() - refusedAt).toBeLessThan(500);
    expect(!refused.ok && inEnglish(refused.error.message)).toMatch(/at most 10,000 characters in one label, and it has 100,000/);
  });

  it('imports a node whose id is "__proto__" as a normal node', () => {
    const doc = validDoc();
    setAt(doc, ['nodes', 2, 'id'], '__proto__');
    setAt(doc, ['edges', 0, 'source'], '__proto__');
    const result = importModel(text(doc));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.nodes[2].id).toBe('__proto__');
    expect(result.model.edges).toHaveLength(1);
    expect(serializeModel(result.model)).toBe(serializeModel(doc as never));
  });
});
