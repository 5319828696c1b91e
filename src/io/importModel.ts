/**
 * THE import path. Every file, paste, drop, saved draft and share link enters here:
 *
 *   size cap → parse → sanitize → budgets → format check → version check → migrate → edge geometry → validate → repair
 *
 * It is pure: it returns a new model or an error and touches nothing else, so a refused input can
 * never damage the model already open; the caller swaps models only on `ok: true`. It never throws
 * (an unexpected exception becomes an `invalid` error), so a bad file cannot crash the app.
 */
import { checkBudgets, DEFAULT_BUDGETS, overLimitError, type Budgets } from './budgets';
import { checkFormat } from './formatCheck';
import { migrate } from './migrations/migrate';
import type { MigrationRegistry } from './migrations/registry';
import { notesByPattern } from './notes';
import { parseJson } from './parseJson';
import { repairModel } from './repair';
import { repairEdgeGeometry } from './repair/edgeGeometry';
import { sanitize } from './sanitize';
import { checkTextSize, DEFAULT_MAX_BYTES } from './sizeCap';
import { msg, rawText } from '../i18n/message';
import { fail, sourceNoun, type ImportResult, type ImportSource, type RepairNote } from './types';
import { validate } from './validate';
import { checkVersion } from './versionCheck';

// One import for callers: the entry point, the pre-read size check and the result types.
export { checkFileSize, DEFAULT_MAX_BYTES } from './sizeCap';
export type { ImportError, ImportErrorCode, ImportResult, ImportSource, RepairCode, RepairNote } from './types';

export type ImportOptions = {
  /** Refuse text larger than this many UTF-8 bytes before parsing. Default 20 MB. */
  maxBytes?: number;
  /** Where the input came from; only changes the wording of messages. Default 'file'. */
  source?: ImportSource;
  /** Size budgets (io/budgets.ts), checked before the schema and repairs. Default DEFAULT_BUDGETS. */
  budgets?: Budgets;
  /** @internal Tests inject a fake migration registry; the app never passes this. */
  migrations?: MigrationRegistry;
};

/**
 * @param input the raw text (file contents, clipboard, link payload), or an already parsed value
 *   (e.g. from storage); a value gets exactly the same checks as text, minus parsing.
 */
export function importModel(input: string | unknown, opts: ImportOptions = {}): ImportResult {
  try {
    return run(input, opts);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('invalid', msg('io.unexpected', { source: sourceNoun(opts.source) }), [rawText(detail)]);
  }
}

function run(input: unknown, opts: ImportOptions): ImportResult {
  const { source } = opts;

  let raw: unknown = input;
  if (typeof input === 'string') {
    const tooLarge = checkTextSize(input, opts.maxBytes ?? DEFAULT_MAX_BYTES, source);
    if (tooLarge) return { ok: false, error: tooLarge };
    const parsed = parseJson(input, source);
    if (!parsed.ok) return parsed;
    raw = parsed.value;
  } else if (input === undefined) {
    return fail('empty', msg('io.empty', { source: sourceNoun(source) }));
  }

  const clean = sanitize(raw);
  if (!clean.ok) return fail('invalid', msg('io.tooDeep', { source: sourceNoun(source) }));
  // Before the schema, repairs and the canvas: those are what took tens of seconds (issue 17).
  const over = checkBudgets(clean.value, opts.budgets ?? DEFAULT_BUDGETS);
  if (over) return { ok: false, error: overLimitError(over, source) };
  const notes: RepairNote[] = notesByPattern('reserved-key-dropped', clean.droppedPaths, (pattern, count) =>
    msg('repair.reservedKey', { pattern, count }),
  );

  const formatError = checkFormat(clean.value, source);
  if (formatError) return { ok: false, error: formatError };
  const doc = clean.value as Record<string, unknown>; // checkFormat proved it is a plain object

  const version = checkVersion(doc, source);
  if (!version.ok) return version;

  const migrated = migrate(doc, version.version, { registry: opts.migrations, source });
  if (!migrated.ok) return migrated;
  notes.push(...migrated.notes);

  const geometry = repairEdgeGeometry(migrated.doc);
  notes.push(...geometry.notes);

  const valid = validate(geometry.doc, source);
  if (!valid.ok) return valid;
  notes.push(...valid.notes);

  const repaired = repairModel(valid.model);
  for (const note of repaired.notes) notes.push(note);
  return { ok: true, model: repaired.model, report: notes };
}
