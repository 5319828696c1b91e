import { describe, expect, it } from 'vitest';
import { rawText } from '../i18n/message';
import { translator } from '../i18n/translate';
import { overLimitError } from '../io/budgets';
import { importReason } from './importReason';

describe('importReason', () => {
  it('names the limit and the count in the UI language', () => {
    const error = overLimitError({ name: 'nodes', max: 5000, actual: 6200 }, 'file');
    expect(importReason(translator('en'), error, 'en')).toBe('it is over a limit of this app: at most 5,000 elements (it has 6,200).');
    expect(importReason(translator('zh'), error, 'zh')).toBe('超出了本应用的限制：最多 5,000 个元素（它有 6,200 个）。');
    expect(importReason(translator('en'), { code: 'not-json', message: rawText('x') }, 'en')).toBe('the file is not valid JSON.');
  });
});
