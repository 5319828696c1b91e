/** Step 5: run the registry's steps from the file's version up to the current version. */
import { msg, rawText } from '../../i18n/message';
import { FORMAT_VERSION } from '../../model/types';
import { fail, sourceNoun, type ImportError, type ImportSource, type RepairNote } from '../types';
import { migrations as defaultRegistry, type MigrationDoc, type MigrationRegistry } from './registry';

export type MigrateResult =
  | { ok: true; doc: MigrationDoc; notes: RepairNote[] }
  | { ok: false; error: ImportError };

function hasStep(registry: MigrationRegistry, version: number): boolean {
  return Object.prototype.hasOwnProperty.call(registry, version) && typeof registry[version] === 'function';
}

/** The oldest version from which an unbroken chain of steps reaches `current`. */
export function oldestReadableVersion(registry: MigrationRegistry = defaultRegistry, current = FORMAT_VERSION): number {
  let version = current;
  while (version > 0 && hasStep(registry, version - 1)) version--;
  return version;
}

export function migrate(
  doc: MigrationDoc,
  fromVersion: number,
  options: { registry?: MigrationRegistry; current?: number; source?: ImportSource } = {},
): MigrateResult {
  const registry = options.registry ?? defaultRegistry;
  const current = options.current ?? FORMAT_VERSION;
  if (fromVersion === current) return { ok: true, doc, notes: [] };

  const oldest = oldestReadableVersion(registry, current);
  if (fromVersion < oldest) {
    const range = oldest === current ? msg('io.version.one', { current }) : msg('io.version.range', { oldest, current });
    return fail('invalid', msg('io.version.tooOld', { source: sourceNoun(options.source), version: fromVersion, range }));
  }

  let next = doc;
  for (let version = fromVersion; version < current; version++) {
    try {
      const stepped = registry[version](next);
      if (typeof stepped !== 'object' || stepped === null || Array.isArray(stepped)) {
        throw new Error('the upgrade step did not return an object');
      }
      // Set here, not in each step, so a step cannot forget it and loop or skip.
      next = { ...stepped, version: version + 1 };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return fail('invalid', msg('io.upgradeFailed', { source: sourceNoun(options.source), from: version, to: version + 1 }), [rawText(detail)]);
    }
  }
  const note: RepairNote = {
    code: 'migrated',
    message: msg('repair.migrated', { from: fromVersion, to: current }),
  };
  return { ok: true, doc: next, notes: [note] };
}
