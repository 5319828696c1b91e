/**
 * Step 4: which format version is this? A newer file is refused outright, naming both versions:
 * loading it "as far as we understand it" and autosaving would write a down-level copy over the
 * user's newer data (tldraw/tldraw#6785, #7440). Missing or garbage versions are refused too.
 */
import { msg, type Message } from '../i18n/message';
import { FORMAT_VERSION } from '../model/types';
import { fail, sourceNoun, type ImportError, type ImportSource } from './types';

export type VersionResult = { ok: true; version: number } | { ok: false; error: ImportError };

export function checkVersion(
  doc: Record<string, unknown>,
  source?: ImportSource,
  current: number = FORMAT_VERSION,
): VersionResult {
  const noun = sourceNoun(source);
  const version = doc.version;
  if (version === undefined) {
    return fail('invalid', msg('io.version.missing', { source: noun, current }));
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    const shown: Message | string =
      typeof version === 'string'
        ? JSON.stringify(version.slice(0, 20))
        : typeof version === 'number' || typeof version === 'boolean' || version === null
          ? String(version)
          : Array.isArray(version)
            ? msg('io.value.list')
            : msg('io.value.object');
    return fail('invalid', msg('io.version.unreadable', { source: noun, shown, current }));
  }
  if (version > current) {
    return fail('future-version', msg('io.version.future', { source: noun, version, current }));
  }
  return { ok: true, version };
}
