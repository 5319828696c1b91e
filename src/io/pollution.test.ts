/**
 * Prototype pollution through imported JSON (mermaid-js/mermaid#2218, directus/directus#13191):
 * the reserved keys at any depth must change nothing, appear nowhere in the result, and be reported.
 */
import { inEnglish } from '../i18n/message';
import { afterEach, describe, expect, it } from 'vitest';
import { importModel } from './importModel';
import { serializeModel } from './serialize';
import { validModel } from './testing/fixtures';

const POISON = '{"polluted":"yes","toString":"nope"}';
const originalToString = Object.prototype.toString;
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

function inject(json: string): string {
  return json
    .replace('{\n  "format"', `{"__proto__":${POISON},"constructor":{"prototype":${POISON}},\n  "format"`)
    .replace('"meta": {', `"meta": {"__proto__":${POISON},`)
    .replace('"nodeKinds": [\n      {', `"nodeKinds": [\n      {"constructor":${POISON},`)
    .replace('"position": {', `"position": {"prototype":${POISON},"__proto__":${POISON},`)
    .replace('"labels": {', `"labels": {"__proto__":"x","constructor":"y",`);
}

function keysDeep(value: unknown, found = new Set<string>()): Set<string> {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      found.add(key);
      keysDeep((value as Record<string, unknown>)[key], found);
    }
  }
  return found;
}

afterEach(() => {
  // Clean up if a regression ever does pollute, so other tests in the worker are unaffected.
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('reserved keys', () => {
  it('change nothing and do not appear in the result', () => {
    const input = inject(serializeModel(validModel()));
    expect(input.match(/__proto__|constructor|prototype/g)?.length).toBeGreaterThanOrEqual(8);
    const result = importModel(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.toString).toBe(originalToString);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const keys = keysDeep(result.model);
    for (const reserved of ['__proto__', 'constructor', 'prototype']) expect(keys.has(reserved)).toBe(false);
    expect(serializeModel(result.model)).toBe(serializeModel(validModel()));
    expect(result.report.every((n) => n.code === 'reserved-key-dropped')).toBe(true);
    expect(result.report.map((n) => inEnglish(n.message)).join('\n')).toMatch(/nodes\[\]\.position\.__proto__/);
  });

  it('also when handed an object built with own __proto__ keys', () => {
    const doc = JSON.parse(inject(serializeModel(validModel()))) as unknown;
    const result = importModel(doc, { source: 'autosave' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && serializeModel(result.model)).toBe(serializeModel(validModel()));
  });

  it('in a foreign or refused file leave the prototype alone too', () => {
    for (const input of [`{"__proto__":${POISON}}`, `[{"__proto__":${POISON}}]`, `{"format":"theory-model","version":1,"__proto__":${POISON}}`]) {
      expect(importModel(input).ok).toBe(false);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});
