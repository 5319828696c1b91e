/**
 * Model → file text. The output is a pure function of the model's known fields:
 *   - fixed key order (documented in docs/format.md), so saving twice gives the same bytes and
 *     diffs of saved files show real changes only;
 *   - only fields of the format: view state (selection, measured sizes…) can never leak in,
 *     because every object is rebuilt from named fields, never spread;
 *   - 2-space indentation and a trailing newline.
 * export → import → export is byte-identical (roundtrip.property.test.ts). Lone surrogates come out
 * as `\udxxx` escapes (well-formed JSON.stringify), so even a Blob cannot replace them with U+FFFD.
 */
import type {
  CheckSettings,
  FigureStyle,
  LabelPlacement,
  LayoutSettings,
  Meta,
  ModelEdge,
  ModelNode,
  NodeKind,
  Placeholder,
  Presentation,
  RelationType,
  TheoryModel,
  Translations,
} from '../model/types';

import { clampCoordinate } from '../model/coordinates';
import { orderedEdges, orderedNodes } from '../model/order';

export { fileNameFor } from './fileName';

// JSON.stringify omits properties whose value is undefined, so absent optional fields vanish.

/** Language tags in code-unit order, so the same translations always serialize the same way. */
function translations(t: Translations | undefined): Translations | undefined {
  if (t === undefined) return undefined;
  // fromEntries defines own properties, so even a "__proto__" key could not reach a prototype.
  return Object.fromEntries(Object.keys(t).sort().map((lang) => [lang, t[lang]]));
}

const meta = (m: Meta): Meta => ({
  title: m.title,
  description: m.description,
  language: m.language,
  source: m.source,
  authors: m.authors && [...m.authors],
  created: m.created,
  modified: m.modified,
  labels: translations(m.labels),
});

const nodeKind = (k: NodeKind): NodeKind => ({
  id: k.id,
  label: k.label,
  description: k.description,
  labels: translations(k.labels),
  color: k.color,
  shape: k.shape,
});

const relationType = (r: RelationType): RelationType => ({
  id: r.id,
  label: r.label,
  description: r.description,
  labels: translations(r.labels),
  color: r.color,
  line: r.line,
  arrow: r.arrow,
  head: r.head,
  width: r.width,
  from: r.from && [...r.from],
  to: r.to && [...r.to],
});

const node = (n: ModelNode): ModelNode => ({
  id: n.id,
  order: n.order,
  kind: n.kind,
  parent: n.parent,
  label: n.label,
  description: n.description,
  labels: translations(n.labels),
  position: { x: n.position.x, y: n.position.y },
  size: n.size && { width: n.size.width, height: n.size.height },
});

const edge = (e: ModelEdge): ModelEdge => ({
  id: e.id,
  order: e.order,
  source: e.source,
  target: e.target,
  relation: e.relation,
  label: e.label,
  labels: translations(e.labels),
  bends: e.bends && e.bends.map((p) => ({ x: p.x, y: p.y })),
  labelAt: labelAt(e.labelAt),
});

const labelAt = (l: LabelPlacement | undefined): LabelPlacement | undefined => l && { along: l.along, offset: l.offset };

const style = (s: FigureStyle | undefined): FigureStyle | undefined => s && { edges: s.edges };

const layout = (l: LayoutSettings | undefined): LayoutSettings | undefined =>
  l && { direction: l.direction, bands: l.bands && l.bands.map((band) => [...band]) };

const placeholder = (p: Placeholder): Placeholder => ({
  id: p.id,
  label: p.label,
  description: p.description,
  labels: translations(p.labels),
  default: p.default,
  defaults: translations(p.defaults),
});

const checks = (c: CheckSettings | undefined): CheckSettings | undefined =>
  c && { disabled: c.disabled && [...c.disabled], enabled: c.enabled && [...c.enabled] };

const presentation = (p: Presentation | undefined): Presentation | undefined =>
  p && {
    steps: p.steps.map((step) => ({
      id: step.id,
      name: step.name,
      elementIds: [...step.elementIds],
      camera: step.camera && { x: step.camera.x, y: step.camera.y, width: step.camera.width, height: step.camera.height },
      notes: step.notes,
    })),
  };

/** The document in canonical form: fixed key order, known fields only. */
export function canonicalModel(model: TheoryModel): TheoryModel {
  return {
    format: model.format,
    version: model.version,
    meta: meta(model.meta),
    vocabulary: {
      nodeKinds: model.vocabulary.nodeKinds.map(nodeKind),
      relationTypes: model.vocabulary.relationTypes.map(relationType),
    },
    // In key order (parents first), whatever order the arrays are in: the file follows the data.
    nodes: orderedNodes(model.nodes).map(node),
    edges: orderedEdges(model.edges).map(edge),
    layout: layout(model.layout),
    template: model.template && { placeholders: model.template.placeholders.map(placeholder) },
    checks: checks(model.checks),
    style: style(model.style),
    presentation: presentation(model.presentation),
  };
}

/**
 * JSON has no Infinity or NaN: JSON.stringify writes `null`, and the app then refuses its own file
 * (issue 17, defect 2). A non-finite number here is a bug upstream, so development and tests throw
 * at once, naming the field; a production build never writes a file it cannot read back: it
 * writes the nearest in-range value instead (Infinity → the coordinate limit, NaN → 0) and logs.
 */
export class NonFiniteNumberError extends Error {
  constructor(key: string, value: number) {
    super(`serializeModel: the field "${key}" holds ${value}, which a JSON file cannot store.`);
    this.name = 'NonFiniteNumberError';
  }
}

const strictNumbers = (): boolean => import.meta.env.DEV || import.meta.env.MODE === 'test';

function finiteNumbers(key: string, value: unknown): unknown {
  if (typeof value !== 'number' || Number.isFinite(value)) return value;
  if (strictNumbers()) throw new NonFiniteNumberError(key, value);
  console.error(new NonFiniteNumberError(key, value));
  return clampCoordinate(value);
}

/** The canonical JSON without indentation (share links), with the same number check. */
export function compactModelText(model: TheoryModel): string {
  return JSON.stringify(canonicalModel(model), finiteNumbers);
}

export function serializeModel(model: TheoryModel): string {
  return `${JSON.stringify(canonicalModel(model), finiteNumbers, 2)}\n`;
}
