/**
 * The theory-model document: the project's own types, independent of React Flow.
 * These types are the saved format (docs/format.md). `io/schema.ts` holds the validator for
 * the same shape and a compile-time check that the two agree, so neither can drift.
 */

/** Translations keyed by BCP 47 language tag, e.g. `{ en: "School" }`. */
export type Translations = Record<string, string>;

export type Point = { x: number; y: number };
export type Size = { width: number; height: number };

export const NODE_SHAPES = ['rounded', 'rectangle', 'pill', 'ellipse'] as const;
export type NodeShape = (typeof NODE_SHAPES)[number];

/** Line patterns; v3 adds dash-dot and long dash so relation types differ without colour (issue 10). */
export const LINE_STYLES = ['solid', 'dashed', 'dotted', 'dashdot', 'longdash'] as const;
export type LineStyle = (typeof LINE_STYLES)[number];

/** Which ends of an edge carry an arrowhead. */
export const ARROW_STYLES = ['end', 'both', 'none'] as const;
export type ArrowStyle = (typeof ARROW_STYLES)[number];

/** The shape of an arrowhead (format v3). Absent means `filled`. */
export const ARROW_HEADS = ['filled', 'open', 'diamond', 'circle', 'none'] as const;
export type ArrowHead = (typeof ARROW_HEADS)[number];

/** Line widths a relation type may use, in px at 100 % zoom (format v3). Absent means 1.6. */
export const LINE_WIDTH_MIN = 0.5;
export const LINE_WIDTH_MAX = 6;

/** How edges are drawn (format v3): straight lines, orthogonal elbows or smooth curves; all go around nodes. */
export const EDGE_STYLES = ['straight', 'orthogonal', 'curved'] as const;
export type EdgeStyle = (typeof EDGE_STYLES)[number];
export const DEFAULT_EDGE_STYLE: EdgeStyle = 'orthogonal';

export type NodeKind = {
  id: string;
  label: string;
  color: string;
  shape?: NodeShape;
  description?: string;
  labels?: Translations;
};

export type RelationType = {
  id: string;
  label: string;
  color: string;
  line?: LineStyle;
  arrow?: ArrowStyle;
  /** Format v3: the arrowhead's shape; absent means `filled`. */
  head?: ArrowHead;
  /** Format v3: line width in px (LINE_WIDTH_MIN–LINE_WIDTH_MAX); absent means 1.6. */
  width?: number;
  /** Kind ids this relation may start from; absent means any kind. */
  from?: string[];
  /** Kind ids this relation may end at; absent means any kind. */
  to?: string[];
  description?: string;
  labels?: Translations;
};

export type Vocabulary = {
  nodeKinds: NodeKind[];
  relationTypes: RelationType[];
};

export type ModelNode = {
  id: string;
  /** A vocabulary kind id, or the built-in container kind `group`. */
  kind: string;
  label: string;
  /** Top-left corner; relative to the parent group when `parent` is set. */
  position: Point;
  description?: string;
  /** Id of a group node that contains this node. */
  parent?: string;
  /**
   * Format v4: the fractional order key (model/orderKeys.ts): nodes are drawn in key order, each
   * group before its members. Absent only in a list that has no keys at all (then array order).
   */
  order?: string;
  /** A fixed size; absent means the node sizes itself to its label. */
  size?: Size;
  labels?: Translations;
};

/**
 * Where an edge's label sits (format v3), chosen by the user by dragging it: `along` is the
 * fraction of the route's length from source to target (0–1), `offset` the distance in px to the
 * left (negative: right) of the route's direction there. Absent: placed automatically.
 */
export type LabelPlacement = { along: number; offset: number };

export type ModelEdge = {
  id: string;
  /** Format v4: the fractional order key; edges are drawn in key order. */
  order?: string;
  source: string;
  target: string;
  relation: string;
  label?: string;
  labels?: Translations;
  /**
   * Format v3: bend points the user placed, in absolute flow coordinates, source to target. The
   * route passes through them; between them it is computed (computed routes are never saved).
   */
  bends?: Point[];
  /** Format v3: the label's position chosen by the user. */
  labelAt?: LabelPlacement;
};

export type Meta = {
  title: string;
  description?: string;
  /** BCP 47 tag of the labels' original language, e.g. `zh-CN`. */
  language?: string;
  source?: string;
  authors?: string[];
  created?: string;
  modified?: string;
  /** Translations of the title. */
  labels?: Translations;
};

export const LAYOUT_DIRECTIONS = ['RIGHT', 'DOWN'] as const;
export type LayoutDirection = (typeof LAYOUT_DIRECTIONS)[number];

/** Settings of the "Figure" auto-layout, stored with the model (issue 4). */
export type LayoutSettings = {
  direction?: LayoutDirection;
  /** Bands of kind ids in order, e.g. `[["driver"], ["actor"], ["resource"]]`. */
  bands?: string[][];
};

/**
 * A named blank in a template's text (format v2, issue 6): `{region}` in a label is filled with the
 * value the user gives for `region`. See model/template.ts for the syntax (`{{`/`}}` escape braces).
 */
export type Placeholder = {
  /** Written in text as `{id}`: a letter or `_`, then letters, digits or `_`. Unique. */
  id: string;
  /** The question the "Adapt" wizard asks, in the model's original language, e.g. `地区`. */
  label: string;
  description?: string;
  /** Translations of `label`. */
  labels?: Translations;
  /** The value in the original language; template text, so it may use other placeholders (`{industry}企业`). */
  default: string;
  /** The default value in other languages, e.g. `{ en: "Ningbo" }`; used only while the original value is the default. */
  defaults?: Translations;
};

/** Present when the model is a template: its text contains placeholders to fill in. */
export type ModelTemplate = { placeholders: Placeholder[] };

/** How the figure is drawn (format v3). */
export type FigureStyle = {
  /** Edge style; absent means DEFAULT_EDGE_STYLE. */
  edges?: EdgeStyle;
};

/** Model checks switched off (or on, for rules off by default) for this model: ids of lint rules (model/lint). */
export type CheckSettings = { disabled?: string[]; enabled?: string[] };

/** Format v5: a camera frame, in flow coordinates: the area a presentation step shows. */
export type CameraFrame = { x: number; y: number; width: number; height: number };

/**
 * Format v5 (issue 14): one step of a presentation. `elementIds` names nodes and edges (an edge
 * whose two ends are both in the step is shown with them); the rest is dimmed while it is shown.
 */
export type PresentationStep = {
  /** Unique among the steps. */
  id: string;
  name: string;
  elementIds: string[];
  /** The area to show; absent: the step's elements, framed. */
  camera?: CameraFrame;
  /** Speaker notes; absent or empty: the descriptions of the step's elements. */
  notes?: string;
};

/** Format v5: the authored steps of presentation mode. Absent: steps derived from the vocabulary. */
export type Presentation = { steps: PresentationStep[] };

export const FORMAT_NAME = 'theory-model';
/** The one place the format version lives; raising it needs a step in io/migrations/registry.ts. */
export const FORMAT_VERSION = 5;

export type TheoryModel = {
  format: typeof FORMAT_NAME;
  version: typeof FORMAT_VERSION;
  meta: Meta;
  vocabulary: Vocabulary;
  nodes: ModelNode[];
  edges: ModelEdge[];
  layout?: LayoutSettings;
  /** Format v2: the model is a template (issue 6). */
  template?: ModelTemplate;
  /** Format v2: settings of the model checks ("Problems"), kept with the model. */
  checks?: CheckSettings;
  /** Format v3: how the figure is drawn (edge style). */
  style?: FigureStyle;
  /** Format v5: the presentation's authored steps (issue 14). */
  presentation?: Presentation;
};

/** The built-in container kind: a titled box around its child nodes. Need not be declared. */
export const GROUP_KIND = 'group';
