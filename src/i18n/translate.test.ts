import { describe, expect, it } from 'vitest';
import { en, zh } from './strings';
import { chooseUiLanguage, translate } from './translate';

describe('translate', () => {
  it('fills named placeholders with plain text', () => {
    expect(translate('en', 'notice.unknownExample', { name: '<b>x</b>' })).toContain('“<b>x</b>”');
    expect(translate('zh', 'node.aria', { kind: '关键主体', label: '学校' })).toBe('关键主体：学校');
  });
  it('has every key in both languages, none empty', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(zh[key], key).toBeTruthy();
      expect(en[key], key).toBeTruthy();
    }
  });
});

describe('chooseUiLanguage', () => {
  it('lets ?lang= win over the browser', () => {
    expect(chooseUiLanguage('?lang=zh', ['en-US'])).toBe('zh');
    expect(chooseUiLanguage('?lang=en', ['zh-CN'])).toBe('en');
  });
  it('follows the browser otherwise', () => {
    expect(chooseUiLanguage('', ['zh-TW', 'en'])).toBe('zh');
    expect(chooseUiLanguage('', ['de-DE'])).toBe('en');
    expect(chooseUiLanguage('?lang=fr', [])).toBe('en');
  });
});
