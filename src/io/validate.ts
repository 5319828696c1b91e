/**
 * Step 6: the schema check. Problems are reported by JSON path in plain words
 * (`nodes[3].position.x: expected a finite number, got Infinity`), at most MAX_MESSAGES of them.
 * Fields the format does not know are stripped and reported, never kept silently or refused:
 * another tool (or React Flow view state like `selected`) adding a field should not block loading.
 */
import type { z } from 'zod';
import { msg, rawText, type Message } from '../i18n/message';
import type { TheoryModel } from '../model/types';
import { notesByPattern } from './notes';
import { formatPath, valueAt } from './paths';
import { theoryModelSchema } from './schema';
import { fail, sourceNoun, type ImportError, type ImportSource, type RepairNote } from './types';

export const MAX_MESSAGES = 10;

export type ValidateResult =
  | { ok: true; model: TheoryModel; notes: RepairNote[] }
  | { ok: false; error: ImportError };

const EXPECTED_NAMES = new Map<string, Message>([
  ['string', msg('io.expected.text')],
  ['number', msg('io.expected.number')],
  ['boolean', msg('io.expected.boolean')],
  ['object', msg('io.expected.object')],
  ['record', msg('io.expected.object')],
  ['array', msg('io.expected.list')],
]);

function describeValue(value: unknown): Message | string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return msg('io.value.list');
  if (typeof value === 'string') return msg('io.value.text', { text: value.length > 30 ? `"${value.slice(0, 30)}…"` : JSON.stringify(value) });
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : msg('io.value.huge', { value: String(value) });
  if (typeof value === 'object') return msg('io.value.object');
  return String(value);
}

/** What is wrong at one path, in words of the UI's language; only zod's rarest issues keep zod's own words. */
function describeIssue(issue: z.core.$ZodIssue, root: unknown): Message {
  const actual = valueAt(root, issue.path);
  const present = actual !== undefined;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_NAMES.get(issue.expected) ?? issue.expected;
      return present ? msg('io.issue.expected', { expected, actual: describeValue(actual) }) : msg('io.issue.missing', { expected });
    }
    case 'invalid_value': {
      const quoted = issue.values.map((v) => JSON.stringify(v));
      if (quoted.length > 2) {
        const options = quoted.join(', ');
        return present ? msg('io.issue.oneOf', { options, actual: describeValue(actual) }) : msg('io.issue.oneOfMissing', { options });
      }
      const expected = quoted.length === 2 ? msg('list.or', { a: quoted[0], b: quoted[1] }) : (quoted[0] ?? '');
      return present ? msg('io.issue.expected', { expected, actual: describeValue(actual) }) : msg('io.issue.missing', { expected });
    }
    case 'invalid_format':
      if (issue.format === 'regex' && issue.pattern?.includes('0-9a-fA-F')) {
        return msg('io.issue.colour', { actual: describeValue(actual) });
      }
      return msg('io.issue.format', { actual: describeValue(actual) });
    case 'too_small':
      if (issue.origin === 'string') return msg('io.issue.empty');
      return issue.origin === 'number' ? msg('io.issue.tooSmall', { min: String(issue.minimum) }) : rawText(issue.message);
    case 'too_big':
      return issue.origin === 'number' ? msg('io.issue.tooBig', { max: String(issue.maximum) }) : rawText(issue.message);
    default:
      return rawText(issue.message);
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
    const details = issues.slice(0, MAX_MESSAGES).map((issue) => msg('io.issue', { path: formatPath(issue.path), problem: describeIssue(issue, doc) }));
    const first = details[0];
    if (issues.length > MAX_MESSAGES) details.push(msg('io.issue.more', { count: issues.length - MAX_MESSAGES }));
    return fail('invalid', msg('io.invalid', { source: sourceNoun(source), count: issues.length, first }), details);
  }
  const notes = notesByPattern('unknown-field-dropped', strippedPaths(doc, parsed.data), (pattern, count) =>
    msg('repair.unknownField', { pattern, count }),
  );
  return { ok: true, model: parsed.data, notes };
}
