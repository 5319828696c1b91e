import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/message';
import { FORMAT_VERSION } from '../model/types';
import { checkVersion } from './versionCheck';

describe('checkVersion', () => {
  it('accepts the current and older versions', () => {
    expect(checkVersion({ version: 2 })).toEqual({ ok: true, version: 2 });
    expect(checkVersion({ version: 1 })).toEqual({ ok: true, version: 1 });
    expect(checkVersion({ version: 0 })).toEqual({ ok: true, version: 0 });
  });

  it('refuses a future version, naming both versions', () => {
    const result = checkVersion({ version: FORMAT_VERSION + 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('future-version');
      expect(inEnglish(result.error.message)).toMatch(`format version ${FORMAT_VERSION + 1}; this app reads up to version ${FORMAT_VERSION}`);
    }
  });

  it.each([[undefined], ['1'], [1.5], [-1], [null], [[1]], [{}]])('refuses a missing or garbage version %j', (version) => {
    const result = checkVersion(version === undefined ? {} : { version });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid');
  });
});
