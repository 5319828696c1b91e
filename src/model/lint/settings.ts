/**
 * A model's check settings (`checks`): whether a rule runs, and switching one on or off. Apart
 * from the rules themselves (rules.ts) so that the start-up path — the store's actions — does not
 * bring every rule's code: the rules load with the Problems panel (issue 15, first load).
 */
import type { CheckSettings, TheoryModel } from '../types';
import type { Rule } from './types';

/** Whether a rule runs for this model: its default, unless the model's `checks` lists it the other way. */
export function isRuleEnabled(doc: TheoryModel, rule: Pick<Rule, 'id' | 'enabledByDefault'>): boolean {
  if (doc.checks?.disabled?.includes(rule.id)) return false;
  if (doc.checks?.enabled?.includes(rule.id)) return true;
  return rule.enabledByDefault;
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
