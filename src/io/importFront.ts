/**
 * The front door of THE import path (docs/decisions.md "First load: a fast front door to the import
 * path"). `importModel` (io/importModel.ts) with zod, migrations and its worded diagnostics is not
 * on the start-up path; the app's own draft and the bundled examples come in here:
 *
 *   size cap → parse → sanitize → budgets → format check → version = current → edge geometry
 *   → strict shape check (io/fastShape.ts, zod-free) → repair
 *
 * Same steps as importModel, in the same order, with the same repairs and notes; only the schema
 * step is the strict, zod-free check, and only the current format version is read. Whenever a step
 * would say anything but "fine" (a parse error, an over-limit input, an older version, an unknown
 * field, a value zod would refuse…), the fast path gives up (`null`) and the caller runs the full
 * path, which says it in words. So an input accepted here gives exactly what importModel gives for
 * it (importFront.property.test.ts), and there is still one import path with one set of rules.
 */
import { checkBudgets, DEFAULT_BUDGETS } from './budgets';
import { checkModelShape, FAIL } from './fastShape';
import { checkFormat } from './formatCheck';
import type { ImportOptions } from './importModel';
import { notesByPattern } from './notes';
import { repairModel } from './repair';
import { repairEdgeGeometry } from './repair/edgeGeometry';
import { sanitize } from './sanitize';
import { checkTextSize, DEFAULT_MAX_BYTES } from './sizeCap';
import { msg } from '../i18n/message';
import { FORMAT_VERSION } from '../model/types';
import type { ImportResult, RepairNote } from './types';

export type { ImportOptions } from './importModel';

/**
 * The fast path: the result importModel would give, or null when the full path must decide (it
 * then also words any problem). Never throws.
 */
export function importModelFast(input: unknown, opts: ImportOptions = {}): Extract<ImportResult, { ok: true }> | null {
  if (opts.migrations) return null; // a test's fake migration registry: the full path's business
  try {
    return run(input, opts);
  } catch {
    return null;
  }
}

function run(input: unknown, opts: ImportOptions): Extract<ImportResult, { ok: true }> | null {
  let raw: unknown = input;
  if (typeof input === 'string') {
    if (checkTextSize(input, opts.maxBytes ?? DEFAULT_MAX_BYTES, opts.source)) return null;
    raw = JSON.parse(input); // a SyntaxError ends in null: the full path locates it
  } else if (input === undefined) {
    return null;
  }
  const clean = sanitize(raw);
  if (!clean.ok || checkBudgets(clean.value, opts.budgets ?? DEFAULT_BUDGETS)) return null;
  const notes: RepairNote[] = notesByPattern('reserved-key-dropped', clean.droppedPaths, (pattern, count) =>
    msg('repair.reservedKey', { pattern, count }),
  );
  if (checkFormat(clean.value, opts.source)) return null;
  const doc = clean.value as Record<string, unknown>;
  if (doc.version !== FORMAT_VERSION) return null; // older versions need the migrations
  const geometry = repairEdgeGeometry(doc);
  notes.push(...geometry.notes);
  const model = checkModelShape(geometry.doc);
  if (model === FAIL) return null;
  const repaired = repairModel(model);
  for (const note of repaired.notes) notes.push(note);
  return { ok: true, model: repaired.model, report: notes };
}

/** The full path, loaded on first use (zod and the migrations are their own chunk). */
export function loadImportModel(): Promise<typeof import('./importModel')> {
  return import('./importModel');
}

/** The import path for callers off the start-up path's budget: the fast path, else the full one. */
export async function importModelAsync(input: unknown, opts: ImportOptions = {}): Promise<ImportResult> {
  const fast = importModelFast(input, opts);
  if (fast) return fast;
  const { importModel } = await loadImportModel();
  return importModel(input, opts);
}
