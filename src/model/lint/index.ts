/**
 * Runs the model checks. Results are cached per document object: documents are immutable and every
 * edit makes a new one, so the panel, the header count and the toolbar share one run per edit.
 */
import type { TheoryModel } from '../types';
import { RULES } from './rules';
import { isRuleEnabled } from './settings';
import type { Problem, Rule } from './types';

export { RULES } from './rules';
export { isRuleEnabled, setRuleEnabled } from './settings';
export { modelLanguages, untranslated } from './translations';
export type { Problem, ProblemTarget, Rule, Severity } from './types';

const cache = new WeakMap<TheoryModel, Problem[]>();

export function checkModel(doc: TheoryModel, rules: readonly Rule[] = RULES): Problem[] {
  if (rules === RULES) {
    const hit = cache.get(doc);
    if (hit) return hit;
  }
  const problems = rules.filter((rule) => isRuleEnabled(doc, rule)).flatMap((rule) => rule.check(doc));
  if (rules === RULES) cache.set(doc, problems);
  return problems;
}
