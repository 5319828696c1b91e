/**
 * The fast path's shape check (io/importFront.ts; docs/decisions.md "First load"): format v5 as
 * strict, zod-free checks that either return a fresh plain copy of the document or `FAIL`.
 *
 * It accepts a SUBSET of what `theoryModelSchema` (io/schema.ts) accepts, and for that subset it
 * returns what zod returns: same fields, same values, fresh plain objects. Where zod would strip an
 * unknown field and report it, this refuses instead, so the full path (which reports) runs. The
 * compile-time check at the bottom fails if the two shapes ever differ in a field, and
 * `importFront.property.test.ts` checks, over generated and mutated documents, that whatever this
 * path accepts the full path accepts with an identical model and report.
 */
import {
  ARROW_HEADS,
  ARROW_STYLES,
  EDGE_STYLES,
  FORMAT_NAME,
  FORMAT_VERSION,
  LAYOUT_DIRECTIONS,
  LINE_STYLES,
  LINE_WIDTH_MAX,
  LINE_WIDTH_MIN,
  NODE_SHAPES,
  type TheoryModel,
} from '../model/types';
import { PLACEHOLDER_ID } from '../model/template';

/**
 * `#rgb` or `#rrggbb` only. Colours end up in style objects; a free-form string is how
 * CVE-2019-13127 (mxGraph) smuggled `red;background:url(…)` into the page. (io/schema.ts uses it too.)
 */
export const COLOR_PATTERN = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

export const FAIL: unique symbol = Symbol('shape mismatch');
export type Check<T> = (value: unknown) => T | typeof FAIL;
type Optional<T> = { readonly optional: Check<T> };
type Field = Check<unknown> | Optional<unknown>;
type Shape = Record<string, Field>;
type Flat<T> = { [K in keyof T]: T[K] };
type ShapeOut<S extends Shape> = Flat<
  { [K in keyof S as S[K] extends Optional<unknown> ? never : K]: S[K] extends Check<infer T> ? T : never } & {
    [K in keyof S as S[K] extends Optional<unknown> ? K : never]?: S[K] extends Optional<infer T> ? T : never;
  }
>;

const has = (value: object, key: string) => Object.prototype.hasOwnProperty.call(value, key);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const text: Check<string> = (v) => (typeof v === 'string' ? v : FAIL);
const id: Check<string> = (v) => (typeof v === 'string' && v.length > 0 ? v : FAIL);
/** zod's z.number(): finite only (`1e999` parses to Infinity). */
const finite: Check<number> = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAIL);
const between = (min: number, max: number): Check<number> => (v) => (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : FAIL);
const matching = (pattern: RegExp): Check<string> => (v) => (typeof v === 'string' && pattern.test(v) ? v : FAIL);
const oneOf = <T extends string>(values: readonly T[]): Check<T> => (v) => ((values as readonly unknown[]).includes(v) ? (v as T) : FAIL);
const literal = <T extends string | number>(value: T): Check<T> => (v) => (v === value ? value : FAIL);
const optional = <T>(check: Check<T>): Optional<T> => ({ optional: check });

function list<T>(item: Check<T>): Check<T[]> {
  return (v) => {
    if (!Array.isArray(v)) return FAIL;
    const out: T[] = new Array<T>(v.length);
    for (let i = 0; i < v.length; i++) {
      const checked = item(v[i]);
      if (checked === FAIL) return FAIL;
      out[i] = checked;
    }
    return out;
  };
}

/** z.record(z.string(), z.string()): any keys (sanitize already dropped the reserved ones). */
const translations: Check<Record<string, string>> = (v) => {
  if (!isRecord(v)) return FAIL;
  // The plain object zod's z.record returns, so both paths give the same model (readers look
  // translations up by own key: model/language.ts).
  // eslint-disable-next-line no-restricted-syntax
  const out: Record<string, string> = {};
  for (const key of Object.keys(v)) {
    if (typeof v[key] !== 'string') return FAIL;
    out[key] = v[key];
  }
  return out;
};

/** z.object, except that an unknown key fails (zod would strip it; the full path reports that). */
function object<S extends Shape>(shape: S): Check<ShapeOut<S>> {
  const keys = Object.keys(shape);
  return (v) => {
    if (!isRecord(v)) return FAIL;
    for (const key of Object.keys(v)) if (!has(shape, key)) return FAIL;
    // Keyed by the shape's own field names, never by data; a plain object as zod's z.object returns.
    // eslint-disable-next-line no-restricted-syntax
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const field = shape[key];
      if (typeof field === 'function') {
        const checked = field(v[key]);
        if (checked === FAIL) return FAIL;
        out[key] = checked;
      } else if (has(v, key) && v[key] !== undefined) {
        const checked = field.optional(v[key]);
        if (checked === FAIL) return FAIL;
        out[key] = checked;
      }
    }
    return out as ShapeOut<S>;
  };
}

const color = matching(COLOR_PATTERN);
const point = object({ x: finite, y: finite });
const size = object({ width: finite, height: finite });

const nodeKind = object({ id, label: text, color, shape: optional(oneOf(NODE_SHAPES)), description: optional(text), labels: optional(translations) });

const relationType = object({
  id,
  label: text,
  color,
  line: optional(oneOf(LINE_STYLES)),
  arrow: optional(oneOf(ARROW_STYLES)),
  head: optional(oneOf(ARROW_HEADS)),
  width: optional(between(LINE_WIDTH_MIN, LINE_WIDTH_MAX)),
  from: optional(list(id)),
  to: optional(list(id)),
  description: optional(text),
  labels: optional(translations),
});

const node = object({
  id,
  order: optional(text),
  kind: id,
  label: text,
  position: point,
  description: optional(text),
  parent: optional(id),
  size: optional(size),
  labels: optional(translations),
});

const edge = object({
  id,
  order: optional(text),
  source: id,
  target: id,
  relation: id,
  label: optional(text),
  labels: optional(translations),
  bends: optional(list(point)),
  labelAt: optional(object({ along: between(0, 1), offset: finite })),
});

const meta = object({
  title: text,
  description: optional(text),
  language: optional(text),
  source: optional(text),
  authors: optional(list(text)),
  created: optional(text),
  modified: optional(text),
  labels: optional(translations),
});

const placeholder = object({
  id: matching(PLACEHOLDER_ID),
  label: text,
  description: optional(text),
  labels: optional(translations),
  default: text,
  defaults: optional(translations),
});

const presentationStep = object({
  id,
  name: text,
  elementIds: list(text),
  camera: optional(object({ x: finite, y: finite, width: finite, height: finite })),
  notes: optional(text),
});

/** The whole document at the current format version. */
export const checkModelShape = object({
  format: literal(FORMAT_NAME),
  version: literal(FORMAT_VERSION),
  meta,
  vocabulary: object({ nodeKinds: list(nodeKind), relationTypes: list(relationType) }),
  nodes: list(node),
  edges: list(edge),
  layout: optional(object({ direction: optional(oneOf(LAYOUT_DIRECTIONS)), bands: optional(list(list(id))) })),
  template: optional(object({ placeholders: list(placeholder) })),
  checks: optional(object({ disabled: optional(list(id)), enabled: optional(list(id)) })),
  style: optional(object({ edges: optional(oneOf(EDGE_STYLES)) })),
  presentation: optional(object({ steps: list(presentationStep) })),
});

// ---- compile-time guard: this shape and the model's types must be the same -------------------
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
type FastType = Exclude<ReturnType<typeof checkModelShape>, typeof FAIL>;
export type FastShapeMatchesTypes = Assert<Equals<FastType, TheoryModel>>;
