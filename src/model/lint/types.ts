/** Model checks (the "Problems" panel, issue 6): rules are data, so a school can switch any off. */
import type { TheoryModel } from '../types';

export type Severity = 'error' | 'warning' | 'info';

/** What a problem is about; clicking it selects that element (meta: the model, kind/relation: the vocabulary). */
export type ProblemTarget =
  | { type: 'node'; id: string }
  | { type: 'edge'; id: string }
  | { type: 'kind'; id: string }
  | { type: 'relation'; id: string }
  | { type: 'meta' };

export type Problem = {
  rule: string;
  severity: Severity;
  target: ProblemTarget;
  /** Plain values for the rule's message (kind ids, a language, a count); the UI words and translates them. */
  params?: Record<string, string | number>;
};

export type Rule = {
  /** Stable id, stored in a model's `checks.disabled`. */
  id: string;
  /** The UI string key naming the rule (`check.<id>`); the panel translates it. */
  label: string;
  severity: Severity;
  enabledByDefault: boolean;
  check: (doc: TheoryModel) => Problem[];
};
