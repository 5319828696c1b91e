/**
 * Writes public/theory-model.schema.json from the zod schema in src/io/schema.ts.
 * Run after changing the format: `npx tsx scripts/write-schema.ts` (or `npm run schema`).
 * src/io/jsonSchema.test.ts fails while the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText, SCHEMA_FILE } from '../src/io/jsonSchema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, SCHEMA_FILE);
writeFileSync(target, jsonSchemaText(), 'utf8');
console.log(`Wrote ${target}`);
