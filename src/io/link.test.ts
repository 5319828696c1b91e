import { compressToEncodedURIComponent } from 'lz-string';
import { inEnglish } from '../i18n/message';
import { describe, expect, it } from 'vitest';
import { encodeModel, linkPayload, MAX_LINK_LENGTH, readModelLink, shareLink } from './link';
import { serializeModel } from './serialize';
import { validModel } from './testing/fixtures';

const BASE = 'https://example.org/editor/?lang=zh';

function bigModel(nodes: number) {
  const doc = validModel();
  for (let i = 0; i < nodes; i++) doc.nodes.push({ id: `n${i}`, kind: 'actor', label: `节点 ${i} ${Math.random().toString(36)}`, position: { x: i * 7, y: i * 13 } });
  return doc;
}

describe('share links', () => {
  it('round-trips a model through the link exactly', () => {
    const model = { ...validModel(), template: { placeholders: [{ id: 'region', label: '地区', default: '宁波「」，、{x}' }] }, checks: { disabled: ['orphan'] } };
    const link = shareLink(BASE, model);
    if (!link.ok) throw new Error('too long');
    expect(link.url.startsWith(`${BASE}#model=`)).toBe(true);
    const result = readModelLink(new URL(link.url).hash);
    if (!result?.ok) throw new Error(result ? inEnglish(result.error.message) : 'no model');
    expect(result.report).toEqual([]);
    expect(serializeModel(result.model)).toBe(serializeModel(model));
  });

  it('replaces an existing fragment, and finds the model among other fragment keys', () => {
    const link = shareLink(`${BASE}#old=1`, validModel());
    expect(link.ok && link.url.split('#')).toHaveLength(2);
    const payload = encodeModel(validModel());
    expect(linkPayload(`#view=2&model=${payload}`)).toBe(payload);
    expect(readModelLink('#view=2')).toBeNull();
    expect(readModelLink('')).toBeNull();
  });

  it('refuses a model too large for a link, saying how long it would be', () => {
    const link = shareLink(BASE, bigModel(800));
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.length).toBeGreaterThan(MAX_LINK_LENGTH);
  });

  it('refuses a tampered link with a clear error, never throwing', () => {
    const good = encodeModel(validModel());
    const cases = [
      `#model=${good.slice(0, good.length / 2)}`, // cut off
      `#model=${good.slice(0, 10)}!!${good.slice(12)}`, // characters outside the alphabet
      '#model=',
      '#model=%E0%A4%A', // broken percent-encoding
      `#model=${'A'.repeat(40_000)}`, // longer than any link we write
    ];
    for (const hash of cases) {
      const result = readModelLink(hash);
      expect(result, hash.slice(0, 30)).not.toBeNull();
      expect(result?.ok, hash.slice(0, 30)).toBe(false);
      if (result && !result.ok) expect(inEnglish(result.error.message)).toMatch(/shared link/i);
    }
  });

  it('sends hostile content through the import path: not a model, bad values, reserved keys', () => {
    const hostile = (value: unknown) => `#model=${compressToEncodedURIComponent(JSON.stringify(value))}`;
    const notModel = readModelLink(hostile({ hello: 'world' }));
    expect(notModel?.ok === false && notModel.error.code).toBe('not-theory-model');
    const badColour = { ...validModel(), vocabulary: { ...validModel().vocabulary, nodeKinds: [{ id: 'actor', label: 'x', color: 'red;background:url(javascript:alert(1))' }] } };
    const refused = readModelLink(hostile(badColour));
    expect(refused?.ok === false && refused.error.code).toBe('invalid');
    const polluted = readModelLink(`#model=${compressToEncodedURIComponent(serializeModel(validModel()).replace('{', '{"__proto__":{"polluted":1},'))}`);
    expect(polluted?.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(polluted?.ok && polluted.report.map((n) => n.code)).toEqual(['reserved-key-dropped']);
    // Markup in a label is just text in the loaded model.
    const markup = { ...validModel(), meta: { title: '<img src=x onerror=alert(1)>' } };
    const loaded = readModelLink(hostile(markup));
    expect(loaded?.ok && loaded.model.meta.title).toBe('<img src=x onerror=alert(1)>');
  });
});
