/**
 * Step 6: the schema check. Problems are reported by JSON path in plain words
 * (`nodes[3].position.x: expected a finite number, got Infinity`), at most MAX_MESSAGES of them.
 * Fields the format does not know are stripped and reported, never kept silently or refused:
 * another tool (or React Flow view state like `selected`) adding a field should not block loading.
 */
import type { z } from 'zod';
import type { TheoryModel } from '../model/types';
import { notesByPattern, plural } from './notes';
import { formatPath, valueAt } from './paths';
import { theoryModelSchema } from './schema';
import { fail, sourceNoun, type ImportError, type ImportSource, type RepairNote } from './types';

export const MAX_MESSAGES = 10;

export type ValidateResult =
  | { ok: true; model: TheoryModel; notes: RepairNote[] }
  | { ok: false; error: ImportError };

const EXPECTED_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a finite number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'a list',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 30 ? `text "${value.slice(0, 30)}…"` : `text ${JSON.stringify(value)}`;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : `${value} (a number too large to store)`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const actual = valueAt(root, issue.path);
  const present = actual !== undefined;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_NAMES[issue.expected] ?? issue.expected;
      return present ? `expected ${expected}, got ${describeValue(actual)}` : `is missing (expected ${expected})`;
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(issue.values.length > 2 ? ', ' : ' or ');
      const lead = issue.values.length > 2 ? 'expected one of' : 'expected';
      return present ? `${lead} ${options}, got ${describeValue(actual)}` : `is missing (${lead} ${options})`;
    }
    case 'invalid_format':
      if (issue.format === 'regex' && issue.pattern?.includes('0-9a-fA-F')) {
        return `expected a colour like "#1f77b4" or "#abc", got ${describeValue(actual)}`;
      }
      return `has the wrong format, got ${describeValue(actual)}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : issue.message;
    default:
      return issue.message;
  }
}

/** Paths of keys present in `input` but absent from the parsed `output` (zod stripped them). */
function strippedPaths(input: unknown, output: unknown, path: PropertyKey[] = [], found: PropertyKey[][] = []): PropertyKey[][] {
  if (Array.isArray(input) && Array.isArray(output)) {
    input.forEach((item, i) => strippedPaths(item, output[i], [...path, i], found));
  } else if (input && output && typeof input === 'object' && typeof output === 'object') {
    for (const key of Object.keys(input)) {
      const next = [...path, key];
      if (!Object.prototype.hasOwnProperty.call(output, key)) found.push(next);
      else strippedPaths((input as Record<string, unknown>)[key], (output as Record<string, unknown>)[key], next, found);
    }
  }
  return found;
}

export function validate(doc: unknown, source?: ImportSource): ValidateResult {
  const parsed = theoryModelSchema.safeParse(doc);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const details = issues.slice(0, MAX_MESSAGES).map((issue) => `${formatPath(issue.path)}: ${describeIssue(issue, doc)}`);
    if (issues.length > MAX_MESSAGES) details.push(`…and ${plural(issues.length - MAX_MESSAGES, 'more problem')}.`);
    return fail(
      'invalid',
      `${sourceNoun(source)} is a theory-model file, but ${plural(issues.length, 'field is', 'fields are')} wrong or missing, so it was not loaded. First: ${details[0]}`,
      details,
    );
  }
  const notes = notesByPattern(
    'unknown-field-dropped',
    strippedPaths(doc, parsed.data),
    (pattern, count) => `Ignored the unknown field ${pattern}${count > 1 ? ` (${count} places)` : ''}; it is not part of the format.`,
  );
  return { ok: true, model: parsed.data, notes };
}
