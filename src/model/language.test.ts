import { describe, expect, it } from 'vitest';
import { localize, primaryLanguage } from './language';

describe('localize', () => {
  it('returns the original label in the original language', () => {
    expect(localize('学校', { en: 'School' }, 'zh', 'zh-CN')).toEqual({ text: '学校', missing: false });
  });
  it('returns the translation in another language, matching on the primary subtag', () => {
    expect(localize('学校', { en: 'School' }, 'en', 'zh-CN')).toEqual({ text: 'School', missing: false });
    expect(localize('学校', { 'en-GB': 'School' }, 'en', 'zh-CN').text).toBe('School');
  });
  it('falls back to the original and marks the translation missing', () => {
    expect(localize('学校', undefined, 'en', 'zh-CN')).toEqual({ text: '学校', missing: true });
    expect(localize('学校', { en: '' }, 'en', 'zh-CN').missing).toBe(true);
  });
  it('treats a model without a language as Chinese', () => {
    expect(localize('学校', { en: 'School' }, 'zh', undefined).text).toBe('学校');
  });
  it('extracts the primary subtag', () => {
    expect(primaryLanguage('zh-Hans-CN')).toBe('zh');
    expect(primaryLanguage(undefined)).toBe('');
  });
});
