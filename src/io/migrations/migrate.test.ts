import { describe, expect, it } from 'vitest';
import { inEnglish, rawText } from '../../i18n/message';
import { importModel } from '../importModel';
import { serializeModel } from '../serialize';
import { FORMAT_VERSION } from '../../model/types';
import { validModel } from '../testing/fixtures';
import { migrate, oldestReadableVersion } from './migrate';
import { migrations, type MigrationRegistry } from './registry';
import { withoutOrderKeys } from './testing';

describe('migrations', () => {
  it('has one step per released version below the current one (1 → 2 issue 6, 2 → 3 issue 10, 3 → 4 issue 11)', () => {
    expect(Object.keys(migrations)).toEqual(Array.from({ length: FORMAT_VERSION - 1 }, (_, i) => String(i + 1)));
    expect(oldestReadableVersion()).toBe(1);
  });

  it('runs steps one at a time from the file version to the current version', () => {
    const seen: number[] = [];
    const registry: MigrationRegistry = {
      1: (doc) => (seen.push(doc.version as number), { ...doc, a: 'from v1' }),
      2: (doc) => (seen.push(doc.version as number), { ...doc, b: `${String(doc.a)}, then v2` }),
    };
    expect(oldestReadableVersion(registry, 3)).toBe(1);
    const result = migrate({ version: 1 }, 1, { registry, current: 3 });
    expect(seen).toEqual([1, 2]);
    expect(result.ok && result.doc).toEqual({ version: 3, a: 'from v1', b: 'from v1, then v2' });
    expect(result.ok && result.notes[0].code).toBe('migrated');
  });

  it('starts mid-chain for a newer file', () => {
    const registry: MigrationRegistry = { 1: () => ({ wrong: true }), 2: (doc) => ({ ...doc, ok: true }) };
    expect(migrate({ version: 2 }, 2, { registry, current: 3 })).toMatchObject({ ok: true, doc: { version: 3, ok: true } });
  });

  it('refuses a version older than the chain reaches', () => {
    const result = migrate({ version: 0 }, 0, { registry: { 2: (d) => d }, current: 3 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(inEnglish(result.error.message)).toMatch(/format version 0; this app reads versions 2 to 3/);
  });

  it('turns a throwing step into an error naming the step', () => {
    const result = migrate({ version: 0 }, 0, { registry: { 0: () => { throw new Error('boom'); } }, current: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', details: [rawText('boom')] } });
    expect(!result.ok && inEnglish(result.error.message)).toMatch(/from format version 0 to 1/);
  });

  it('is wired into importModel: a fake v0 (nodes called "items") loads through an injected step', () => {
    const { nodes, ...rest } = validModel();
    const v0 = JSON.stringify({ ...rest, version: 0, items: nodes });
    expect(importModel(v0).ok).toBe(false); // no real v0 support
    const registry: MigrationRegistry = {
      0: ({ items, ...doc }) => ({ ...doc, nodes: items }),
      1: migrations[1],
      2: migrations[2],
      3: migrations[3],
      4: migrations[4],
    };
    const result = importModel(v0, { migrations: registry });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(withoutOrderKeys(serializeModel(result.model))).toBe(serializeModel(validModel()));
    expect(result.report.map((n) => n.code)).toEqual(['migrated']);
  });
});
