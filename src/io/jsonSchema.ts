/**
 * The public JSON Schema, generated from the same zod schema the import path uses, so editors and
 * other tools validate exactly what the app accepts. Written to public/theory-model.schema.json by
 * scripts/write-schema.ts; jsonSchema.test.ts fails if the committed file is stale.
 *
 * Generated in "output" mode, hence `additionalProperties: false`: unknown fields are not part of
 * the format (import drops them with a note), and an editor should say so while a file is written.
 */
import { z } from 'zod';
import { FORMAT_VERSION } from '../model/types';
import { theoryModelSchema } from './schema';

// A URN rather than an invented web address; swap in the deployed URL once there is one.
export const SCHEMA_ID = 'urn:theory-model:schema:1';
export const SCHEMA_FILE = 'public/theory-model.schema.json';

export function buildJsonSchema(): Record<string, unknown> {
  const { $schema, ...body } = z.toJSONSchema(theoryModelSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  // Envelope keys first so the file reads top-down.
  return {
    $schema,
    $id: SCHEMA_ID,
    title: `Theory model, format version ${FORMAT_VERSION}`,
    description:
      'A theory-model diagram: a vocabulary of node kinds and relation types, nodes (optionally nested in "group" nodes) and typed edges. See docs/format.md.',
    ...body,
  };
}

export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
