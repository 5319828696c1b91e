import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/message';
import { FORMAT_VERSION, type TheoryModel } from '../model/types';
import { importModel } from './importModel';
import { canonicalModel, compactModelText, NonFiniteNumberError, serializeModel } from './serialize';
import { validModel } from './testing/fixtures';

function reimport(text: string): TheoryModel {
  const result = importModel(text);
  if (!result.ok) throw new Error(inEnglish(result.error.message));
  return result.model;
}

describe('serializeModel', () => {
  it('writes the envelope keys in the documented order, 2-space indented, with a trailing newline', () => {
    const text = serializeModel(validModel());
    expect(text.startsWith(`{\n  "format": "theory-model",\n  "version": ${FORMAT_VERSION},\n  "meta": {`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['format', 'version', 'meta', 'vocabulary', 'nodes', 'edges', 'layout']);
  });

  it('uses a fixed key order inside objects, whatever order the model was built in', () => {
    const model = validModel();
    const scrambled = {
      ...model,
      nodes: model.nodes.map((n) => Object.fromEntries(Object.entries(n).reverse()) as typeof n),
      meta: { labels: { fr: 'École', en: 'School', 'zh-CN': '学校' }, title: 't' },
    };
    const parsed = JSON.parse(serializeModel(scrambled)) as TheoryModel;
    expect(Object.keys(parsed.nodes[1])).toEqual(['id', 'kind', 'parent', 'label', 'position']);
    expect(Object.keys(parsed.nodes[0])).toEqual(['id', 'kind', 'label', 'position', 'size']);
    expect(Object.keys(parsed.meta.labels ?? {})).toEqual(['en', 'fr', 'zh-CN']);
    expect(Object.keys(parsed.vocabulary.relationTypes[0])).toEqual(['id', 'label', 'color', 'line', 'from', 'to']);
  });

  it('drops anything that is not part of the format (view state)', () => {
    const model = validModel();
    const withViewState = {
      ...model,
      viewport: { zoom: 2 },
      nodes: model.nodes.map((n) => ({ ...n, selected: true, measured: { width: 1, height: 1 }, dragging: false })),
      edges: model.edges.map((e) => ({ ...e, animated: true })),
    } as TheoryModel;
    expect(serializeModel(withViewState)).toBe(serializeModel(model));
  });

  it('is byte-identical after export → import → export', () => {
    const first = serializeModel(validModel());
    expect(serializeModel(reimport(first))).toBe(first);
  });

  it('keeps lone surrogates as \\u escapes, so a Blob cannot mangle them, and round-trips them', () => {
    const model = validModel();
    model.meta.title = 'broken \uD800 pair \uDFFF end';
    const text = serializeModel(model);
    expect(text).toContain('broken \\ud800 pair \\udfff end');
    expect(/[\uD800-\uDFFF]/.test(text)).toBe(false);
    expect(reimport(text).meta.title).toBe(model.meta.title);
    expect(serializeModel(reimport(text))).toBe(text);
  });

  it('does not alias the model it was given', () => {
    const model = validModel();
    const canonical = canonicalModel(model);
    expect(canonical.nodes[0]).not.toBe(model.nodes[0]);
    expect(canonical.layout?.bands).not.toBe(model.layout?.bands);
  });
});

describe('non-finite numbers (issue 17, defect 2)', () => {
  it('throw in tests instead of being written as null, naming the field', () => {
    const doc = validModel();
    for (const bad of [Infinity, -Infinity, NaN]) {
      const broken = { ...doc, nodes: doc.nodes.map((n, i) => (i === 1 ? { ...n, position: { x: bad, y: 0 } } : n)) };
      expect(() => serializeModel(broken)).toThrow(NonFiniteNumberError);
      expect(() => serializeModel(broken)).toThrow(/"x"/);
      expect(() => compactModelText(broken)).toThrow(NonFiniteNumberError);
    }
    expect(serializeModel(doc)).not.toContain('null');
  });
});
