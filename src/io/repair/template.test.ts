import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../i18n/message';
import { importModel } from '../importModel';
import { validModel } from '../testing/fixtures';

describe('repair: template placeholders', () => {
  it('keeps the first of two placeholders with one id, and says so', () => {
    const doc = {
      ...validModel(),
      template: {
        placeholders: [
          { id: 'region', label: '地区', default: '宁波' },
          { id: 'region', label: '城市', default: '佛山' },
        ],
      },
    };
    const result = importModel(JSON.stringify(doc));
    if (!result.ok) throw new Error(inEnglish(result.error.message));
    expect(result.model.template?.placeholders).toEqual([{ id: 'region', label: '地区', default: '宁波' }]);
    expect(result.report.map((n) => n.code)).toEqual(['duplicate-placeholder']);
  });

  it('refuses a placeholder id that could never be written in text', () => {
    const doc = { ...validModel(), template: { placeholders: [{ id: 'my region', label: '地区', default: '宁波' }] } };
    const result = importModel(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.details?.map(inEnglish)[0]).toMatch(/^template\.placeholders\[0\]\.id/);
  });
});
