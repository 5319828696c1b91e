/**
 * fast-check arbitraries for valid, already-clean theory models: unique ids, declared kinds and
 * relations, parents that are earlier groups, positive sizes. Import must leave such a model
 * unchanged, which is what the round-trip property relies on. Text mixes every script, emoji,
 * control characters and lone surrogates on purpose.
 */
import fc from 'fast-check';
import {
  ARROW_HEADS,
  ARROW_STYLES,
  EDGE_STYLES,
  FORMAT_VERSION,
  GROUP_KIND,
  LAYOUT_DIRECTIONS,
  LINE_STYLES,
  LINE_WIDTH_MAX,
  LINE_WIDTH_MIN,
  NODE_SHAPES,
  type ModelEdge,
  type ModelNode,
  type TheoryModel,
} from '../../model/types';
import { COORDINATE_LIMIT, LABEL_OFFSET_LIMIT, SIZE_LIMIT } from '../../model/coordinates';
import { COLOR_PATTERN } from '../schema';
import { RESERVED_KEYS } from '../sanitize';

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));
const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map((cp) => String.fromCodePoint(cp));
const special = fc.constantFrom('👨‍👩‍👧', '🇫🇷', 'e\u0301', '\u200d', '\u202e', '"', '\\', '\n', '\u0000', '<img src=x onerror=alert(1)>');
const textUnit = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), loneSurrogate, cjk, special);

export const text = fc.string({ unit: textUnit, maxLength: 12 });
/** Every own member name of Object.prototype (`__proto__`, `constructor`, `toString`, `valueOf`, …). */
export const PROTOTYPE_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype);
/** Ids are text too, including every name that is dangerous as a key of a plain object (issue 17). */
export const id = fc.oneof(fc.string({ unit: textUnit, minLength: 1, maxLength: 6 }), fc.constantFrom(...PROTOTYPE_NAMES, 'group'));
// Valid models keep coordinates in the figure's range (model/coordinates.ts); import clamps the rest.
const finite = fc.double({ min: -COORDINATE_LIMIT, max: COORDINATE_LIMIT, noNaN: true });
const positive = fc.double({ min: Number.MIN_VALUE, max: SIZE_LIMIT, noNaN: true });
const color = fc.stringMatching(COLOR_PATTERN);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const translations = fc.dictionary(
  fc.oneof(fc.constantFrom('en', 'zh-CN', 'fr', '1', 'x'), text).filter((key) => !RESERVED_KEYS.has(key)),
  text,
  { maxKeys: 3, noNullPrototype: true },
);

const kind = fc.record({
  id: id.filter((k) => k !== GROUP_KIND),
  label: text,
  color,
  shape: maybe(fc.constantFrom(...NODE_SHAPES)),
  description: maybe(text),
  labels: maybe(translations),
});

const relationSeed = fc.record({
  id,
  label: text,
  color,
  line: maybe(fc.constantFrom(...LINE_STYLES)),
  arrow: maybe(fc.constantFrom(...ARROW_STYLES)),
  head: maybe(fc.constantFrom(...ARROW_HEADS)),
  width: maybe(fc.double({ min: LINE_WIDTH_MIN, max: LINE_WIDTH_MAX, noNaN: true })),
  from: maybe(fc.array(fc.nat(), { maxLength: 3 })),
  to: maybe(fc.array(fc.nat(), { maxLength: 3 })),
  description: maybe(text),
  labels: maybe(translations),
});

const nodeSeed = fc.record({
  kind: fc.nat(),
  parent: maybe(fc.nat()),
  label: text,
  position: fc.record({ x: finite, y: finite }),
  size: maybe(fc.record({ width: positive, height: positive })),
  description: maybe(text),
  labels: maybe(translations),
});

const edgeSeed = fc.record({
  source: fc.nat(),
  target: fc.nat(),
  relation: fc.nat(),
  label: maybe(text),
  labels: maybe(translations),
  bends: maybe(fc.array(fc.record({ x: finite, y: finite }), { maxLength: 3 })),
  labelAt: maybe(fc.record({ along: fc.double({ min: 0, max: 1, noNaN: true }), offset: fc.double({ min: -LABEL_OFFSET_LIMIT, max: LABEL_OFFSET_LIMIT, noNaN: true }) })),
});

const meta = fc.record({
  title: text,
  description: maybe(text),
  language: maybe(fc.constantFrom('zh-CN', 'en')),
  source: maybe(text),
  authors: maybe(fc.array(text, { maxLength: 3 })),
  created: maybe(text),
  modified: maybe(text),
  labels: maybe(translations),
});

// Format v2 (issue 6): templates and check settings.
const placeholder = fc.record({
  id: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/),
  label: text,
  description: maybe(text),
  labels: maybe(translations),
  default: text,
  defaults: maybe(translations),
});
const template = fc.record({ placeholders: fc.uniqueArray(placeholder, { selector: (p) => p.id, maxLength: 3 }) });
const checks = fc.record({ disabled: maybe(fc.array(id, { maxLength: 3 })), enabled: maybe(fc.array(id, { maxLength: 2 })) });

// A kept camera frame lies wholly within the coordinate range (io/repair/presentation.ts): its
// corner in the middle half, its sides at most half the range, so corner + side never passes it.
const half = COORDINATE_LIMIT / 2;
const cameraFrame = fc.record({
  x: fc.double({ min: -half, max: half, noNaN: true }),
  y: fc.double({ min: -half, max: half, noNaN: true }),
  width: fc.double({ min: Number.MIN_VALUE, max: half, noNaN: true }),
  height: fc.double({ min: Number.MIN_VALUE, max: half, noNaN: true }),
});

// Format v5 (issue 14): presentation steps; `picks` choose elements among the model's.
const stepSeed = fc.record({
  id,
  name: text,
  picks: fc.array(fc.nat(), { maxLength: 4 }),
  camera: maybe(cameraFrame),
  notes: maybe(text),
});

export const validModelArb: fc.Arbitrary<TheoryModel> = fc
  .record({
    meta,
    kinds: fc.uniqueArray(kind, { selector: (k) => k.id, minLength: 1, maxLength: 4 }),
    relations: fc.uniqueArray(relationSeed, { selector: (r) => r.id, minLength: 1, maxLength: 3 }),
    nodeIds: fc.uniqueArray(id, { maxLength: 8 }),
    nodes: fc.array(nodeSeed, { maxLength: 8 }),
    edgeIds: fc.uniqueArray(id, { maxLength: 8 }),
    edges: fc.array(edgeSeed, { maxLength: 8 }),
    layout: maybe(fc.record({ direction: maybe(fc.constantFrom(...LAYOUT_DIRECTIONS)), bands: maybe(fc.array(fc.array(fc.nat(), { maxLength: 3 }), { maxLength: 3 })) })),
    template: maybe(template),
    checks: maybe(checks),
    style: maybe(fc.record({ edges: maybe(fc.constantFrom(...EDGE_STYLES)) })),
    steps: maybe(fc.uniqueArray(stepSeed, { selector: (s) => s.id, maxLength: 3 })),
  })
  .map(({ meta, kinds, relations, nodeIds, nodes: seeds, edgeIds, edges: edgeSeeds, layout, template, checks, style, steps }) => {
    const kindIds = [...kinds.map((k) => k.id), GROUP_KIND];
    const pickKinds = (picks: number[] | undefined) => picks?.map((p) => kindIds[p % kindIds.length]);
    const nodes: ModelNode[] = [];
    seeds.slice(0, nodeIds.length).forEach((seed, i) => {
      const groups = nodes.filter((n) => n.kind === GROUP_KIND);
      const parent = seed.parent === undefined || groups.length === 0 ? undefined : groups[seed.parent % groups.length].id;
      nodes.push({ ...seed, id: nodeIds[i], kind: kindIds[seed.kind % kindIds.length], parent });
    });
    const edges: ModelEdge[] =
      nodes.length === 0
        ? []
        : edgeSeeds.slice(0, edgeIds.length).map((seed, i) => ({
            ...seed,
            id: edgeIds[i],
            source: nodes[seed.source % nodes.length].id,
            target: nodes[seed.target % nodes.length].id,
            relation: relations[seed.relation % relations.length].id,
          }));
    const model: TheoryModel = {
      format: 'theory-model',
      version: FORMAT_VERSION,
      meta,
      vocabulary: {
        nodeKinds: kinds,
        relationTypes: relations.map((r) => ({ ...r, from: pickKinds(r.from), to: pickKinds(r.to) })),
      },
      nodes,
      edges,
      layout: layout && { direction: layout.direction, bands: layout.bands?.map((band) => pickKinds(band) ?? []) },
      template,
      checks,
      style,
      // Format v5: steps name existing elements only, each once (import skips the rest).
      presentation: steps && {
        steps: steps.map(({ picks, ...step }) => {
          const ids = [...nodes.map((n) => n.id), ...edges.map((e) => e.id)];
          return { ...step, elementIds: ids.length === 0 ? [] : [...new Set(picks.map((p) => ids[p % ids.length]))] };
        }),
      },
    };
    return model;
  });
