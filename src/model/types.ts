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

export const LINE_STYLES = ['solid', 'dashed', 'dotted'] as const;
export type LineStyle = (typeof LINE_STYLES)[number];

export const ARROW_STYLES = ['end', 'both', 'none'] as const;
export type ArrowStyle = (typeof ARROW_STYLES)[number];

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
  /** A fixed size; absent means the node sizes itself to its label. */
  size?: Size;
  labels?: Translations;
};

export type ModelEdge = {
  id: string;
  source: string;
  target: string;
  relation: string;
  label?: string;
  labels?: Translations;
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

/** Model checks switched off (or on, for rules off by default) for this model: ids of lint rules (model/lint). */
export type CheckSettings = { disabled?: string[]; enabled?: string[] };

export const FORMAT_NAME = 'theory-model';
export const FORMAT_VERSION = 2;

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
};

/** The built-in container kind: a titled box around its child nodes. Need not be declared. */
export const GROUP_KIND = 'group';
