import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffModels } from '../model/compare/diff';
import type { TheoryModel } from '../model/types';
import { compareCsv, compareMarkdown, type TableWords } from './compareTable';

const load = (file: string) => JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8')) as TheoryModel;
const words: TableWords = { headers: ['Status', 'Type', 'Figure 1', 'Figure 2', 'Changes'], status: (s) => s, change: (c) => c, kind: (k) => k, relation: (r) => r };

describe('comparison tables', () => {
  const a = load('figure-1.json');
  const b = load('figure-2.json');
  const diff = diffModels(a, b);
  it('CSV lists every element with its status, readable as UTF-8', () => {
    const csv = compareCsv(diff, a, b, 'zh', words);
    expect(csv.startsWith('\uFEFFStatus,Type,Figure 1,Figure 2,Changes\r\n')).toBe(true);
    expect(csv).toContain('\r\nremoved,driver,网店创业,,\r\n');
    expect(csv).toContain('\r\nadded,resource,,校企合作项目,\r\n');
  });
  it('CSV quotes commas and quotes, and defuses formulas', () => {
    const x = structuredClone(a);
    x.nodes[1].label = '=HYPERLINK("x")';
    const csv = compareCsv(diffModels(x, b), x, b, 'zh', words);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
  it('Markdown lists the differences only, escaping table syntax', () => {
    const md = compareMarkdown(diff, a, b, 'en', words, 'Figure 1 | Figure 2');
    expect(md.split('\n')[0]).toBe('# Figure 1 \\| Figure 2');
    expect(md).toContain('| removed | driver | Start an online shop |  |  |');
    expect(md).not.toContain('| unchanged |');
  });
});
