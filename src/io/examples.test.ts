/**
 * Every bundled example, not only the paper's figures (those have their own test in
 * src/model/examples.test.ts): clean to import, fully connected, bilingual, and free of problems
 * by the app's own model checks. A template is checked as the model its defaults produce.
 */
import { inEnglish } from '../i18n/message';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkModel } from '../model/lint';
import { fillModel, resolveValues } from '../model/templateModel';
import { GROUP_KIND, type TheoryModel } from '../model/types';
import { galleryNames, importExample } from './examples';
import { importModel } from './importModel';

const dir = fileURLToPath(new URL('../../examples', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

function load(file: string): TheoryModel {
  const result = importModel(readFileSync(join(dir, file), 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${inEnglish(result.error.message)}`);
  expect(result.report, file).toEqual([]);
  return result.model;
}

describe.each(files)('examples/%s', (file) => {
  const source = load(file);
  const model = source.template ? fillModel(source, resolveValues(source.template, {}, ['en'])) : source;

  it('imports with an empty repair report and is in the gallery', () => {
    expect(galleryNames()).toContain(file.replace(/\.json$/, ''));
  });

  it('connects every element: each non-group node has an edge', () => {
    const touched = new Set(model.edges.flatMap((e) => [e.source, e.target]));
    const loose = model.nodes.filter((n) => n.kind !== GROUP_KIND && !touched.has(n.id)).map((n) => n.id);
    expect(loose).toEqual([]);
  });

  it('has an English title and an English label for every node, and a description and source', () => {
    expect(model.meta.labels?.en).toBeTruthy();
    expect(model.meta.description).toBeTruthy();
    expect(model.meta.source).toBeTruthy();
    expect(model.nodes.filter((n) => !n.labels?.en).map((n) => n.id)).toEqual([]);
  });

  it('passes every model check (Problems panel)', () => {
    expect(checkModel(source).map((p) => `${p.rule} ${JSON.stringify(p.target)}`)).toEqual([]);
    expect(checkModel(model).map((p) => `${p.rule} ${JSON.stringify(p.target)}`)).toEqual([]);
  });

  it('places children inside their group box and uses groups', () => {
    const byId = new Map(model.nodes.map((n) => [n.id, n]));
    expect(model.nodes.some((n) => n.kind === GROUP_KIND)).toBe(true);
    for (const n of model.nodes) {
      const group = n.parent ? byId.get(n.parent) : undefined;
      if (!group?.size) continue;
      expect(n.position.x + 200, n.id).toBeLessThanOrEqual(group.size.width);
      expect(n.position.y, n.id).toBeGreaterThanOrEqual(40);
    }
  });
});

describe('importExample', () => {
  it('loads through the import path, and reports an unknown name as an error', async () => {
    const figure = await importExample('figure-2');
    expect(figure.ok && figure.model.nodes.length).toBeGreaterThan(20);
    const unknown = await importExample('nope');
    expect(unknown.ok).toBe(false);
  });
});
