/**
 * Runs the model checks. Results are cached per document object: documents are immutable and every
 * edit makes a new one, so the panel, the header count and the toolbar share one run per edit.
 */
import type { CheckSettings, TheoryModel } from '../types';
import { isRuleEnabled, RULES } from './rules';
import type { Problem, Rule } from './types';

export { RULES, isRuleEnabled } from './rules';
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

/** Switches a rule on or off for this model (an edit: it is saved with the model and undoable). */
export function setRuleEnabled(doc: TheoryModel, rule: Rule, enabled: boolean): TheoryModel {
  if (isRuleEnabled(doc, rule) === enabled) return doc;
  const without = (ids: string[] | undefined) => (ids ?? []).filter((id) => id !== rule.id);
  const disabled = without(doc.checks?.disabled);
  const on = without(doc.checks?.enabled);
  if (enabled !== rule.enabledByDefault) (enabled ? on : disabled).push(rule.id);
  const checks: CheckSettings = { ...(disabled.length > 0 ? { disabled } : {}), ...(on.length > 0 ? { enabled: on } : {}) };
  if (Object.keys(checks).length === 0) {
    const { checks: _gone, ...rest } = doc;
    return rest;
  }
  return { ...doc, checks };
}
