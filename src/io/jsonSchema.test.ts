/**
 * The committed public/theory-model.schema.json must be exactly what the zod schema generates
 * (run `npx tsx scripts/write-schema.ts` after changing the format), and every bundled example
 * must be a clean file of the current format version: schema-valid, and importing it needs no repair.
 */
import { inEnglish } from '../i18n/message';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importModel } from './importModel';
import { jsonSchemaText, SCHEMA_FILE } from './jsonSchema';
import { theoryModelSchema } from './schema';
import { FORMAT_VERSION } from '../model/types';
import { serializeModel } from './serialize';

const root = fileURLToPath(new URL('../..', import.meta.url));
const examplesDir = join(root, 'examples');
const examples = existsSync(examplesDir) ? readdirSync(examplesDir).filter((f) => f.endsWith('.json')) : [];

describe('public JSON Schema', () => {
  it('matches the committed file (regenerate with `npx tsx scripts/write-schema.ts`)', () => {
    const committed = readFileSync(join(root, SCHEMA_FILE), 'utf8');
    expect(committed).toBe(jsonSchemaText());
  });

  it('describes the envelope and the strict colour pattern', () => {
    type Props = Record<string, { const?: unknown; pattern?: string }>;
    const schema = JSON.parse(jsonSchemaText()) as { $id?: string; title?: string; properties: Props; $defs: Record<string, { properties: Props }> };
    expect(schema.$id).toBeTruthy();
    expect(schema.title).toMatch(`version ${FORMAT_VERSION}`);
    expect(schema.properties.format.const).toBe('theory-model');
    expect(schema.properties.version.const).toBe(FORMAT_VERSION);
    expect(schema.$defs.NodeKind.properties.color.pattern).toBe('^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$');
  });
});

// Examples are written by another part of the team; with none present there is nothing to check,
// but every file that is present must pass.
describe.skipIf(examples.length === 0)('examples/*.json', () => {
  it.each(examples)('%s is a valid, clean file of the current version', (file) => {
    const text = readFileSync(join(examplesDir, file), 'utf8');
    const parsed = theoryModelSchema.safeParse(JSON.parse(text));
    expect(parsed.error?.issues ?? []).toEqual([]);
    const result = importModel(text);
    expect(result.ok && result.report).toEqual([]);
  });
});

describe('docs/format.md', () => {
  it('its example imports cleanly and is already in canonical (saved) form', () => {
    const doc = readFileSync(join(root, 'docs/format.md'), 'utf8');
    const example = /## Example[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeTruthy();
    const result = importModel(example as string);
    if (!result.ok) throw new Error(inEnglish(result.error.message));
    expect(result.report).toEqual([]);
    expect(serializeModel(result.model)).toBe(example);
  });
});
