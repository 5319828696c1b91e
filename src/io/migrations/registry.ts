/**
 * The numbered migration registry, tldraw-style: `migrations[n]` turns a version-n document into a
 * version-(n+1) document. Steps run one at a time from the file's version up to FORMAT_VERSION, so
 * each step only ever knows two adjacent shapes.
 *
 * Policy (docs/format.md): bump FORMAT_VERSION only for a change an older app would misread; add the
 * step here in the same change, with a test holding one saved file of the old version. Steps are
 * never edited after release. Version 1 is the first released format, so the registry is empty.
 */

/** A document of unknown shape, already parsed and sanitized; a step returns the next shape. */
export type MigrationDoc = Record<string, unknown>;
export type MigrationStep = (doc: MigrationDoc) => MigrationDoc;
export type MigrationRegistry = Readonly<Record<number, MigrationStep>>;

export const migrations: MigrationRegistry = {};
