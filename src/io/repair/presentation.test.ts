import { describe, expect, it } from 'vitest';
import { formatMessage, inEnglish } from '../../i18n/message';
import { translator } from '../../i18n/translate';
import type { PresentationStep } from '../../model/types';
import { importModel } from '../importModel';
import { serializeModel } from '../serialize';
import { validModel } from '../testing/fixtures';

const withSteps = (steps: PresentationStep[]) => JSON.stringify({ ...validModel(), presentation: { steps } });

describe('repair: presentation steps (format v5)', () => {
  it('keeps valid steps exactly as saved', () => {
    const steps: PresentationStep[] = [
      { id: 's1', name: '主体', elementIds: ['a1'], camera: { x: -10, y: 0, width: 400, height: 300 }, notes: '先讲学校' },
      { id: 's2', name: '驱动力', elementIds: ['d1', 'e1'] },
    ];
    const result = importModel(withSteps(steps));
    if (!result.ok) throw new Error(inEnglish(result.error.message));
    expect(result.report).toEqual([]);
    expect(result.model.presentation?.steps).toEqual(steps);
    expect(serializeModel(result.model)).toBe(serializeModel({ ...validModel(), presentation: { steps } }));
  });

  it('skips elements that no longer exist, keeps the step, and says so in both languages', () => {
    const result = importModel(withSteps([{ id: 's1', name: '学校', elementIds: ['a1', 'gone', 'e1', 'also-gone'] }]));
    if (!result.ok) throw new Error(inEnglish(result.error.message));
    expect(result.model.presentation?.steps).toEqual([{ id: 's1', name: '学校', elementIds: ['a1', 'e1'] }]);
    expect(result.report.map((n) => n.code)).toEqual(['step-elements-skipped']);
    expect(result.report[0].ids).toEqual(['gone', 'also-gone']);
    expect(inEnglish(result.report[0].message)).toBe('The presentation step "学校" names 2 elements ("gone", "also-gone") that no longer exist; they are skipped.');
    expect(formatMessage(translator('zh'), result.report[0].message)).toBe('演示步骤 "学校" 引用的 2 个元素（"gone", "also-gone"）已不存在，已跳过。');
  });

  it('keeps the first of two steps with one id, and drops a camera frame without area', () => {
    const result = importModel(
      withSteps([
        { id: 's1', name: 'A', elementIds: ['a1'], camera: { x: 0, y: 0, width: 0, height: 100 } },
        { id: 's1', name: 'B', elementIds: ['d1'] },
      ]),
    );
    if (!result.ok) throw new Error(inEnglish(result.error.message));
    expect(result.model.presentation?.steps).toEqual([{ id: 's1', name: 'A', elementIds: ['a1'] }]);
    expect(result.report.map((n) => n.code)).toEqual(['step-camera-removed', 'duplicate-step']);
  });

  it('drops a camera frame reaching outside the coordinate range (1e308), with the same note', () => {
    const result = importModel(withSteps([{ id: 's1', name: 'A', elementIds: ['a1'], camera: { x: 1e308, y: 0, width: 1e308, height: 100 } }]));
    if (!result.ok) throw new Error(inEnglish(result.error.message));
    expect(result.model.presentation?.steps).toEqual([{ id: 's1', name: 'A', elementIds: ['a1'] }]);
    expect(result.report.map((n) => n.code)).toEqual(['step-camera-removed']);
  });

  it('refuses steps that are not a list, naming the path', () => {
    const result = importModel(JSON.stringify({ ...validModel(), presentation: { steps: 'all' } }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.details?.map(inEnglish)[0]).toMatch(/^presentation\.steps/);
  });
});
