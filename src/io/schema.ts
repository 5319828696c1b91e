/**
 * The validator of saved format v5 (v1 to v4 files are upgraded first: migrations/registry.ts). It mirrors src/model/types.ts field for field; the type-level
 * check at the bottom fails to compile if the two ever disagree, so the types, this schema and the
 * generated public/theory-model.schema.json (scripts/write-schema.ts) cannot drift apart.
 *
 * Deliberately no max lengths on text here: the size budgets (io/budgets.ts, issue 17) and the byte
 * cap in sizeCap.ts bound the work, before this schema runs, with messages that name the limit.
 */
import { z } from 'zod';
import {
  ARROW_HEADS,
  ARROW_STYLES,
  EDGE_STYLES,
  LINE_WIDTH_MAX,
  LINE_WIDTH_MIN,
  FORMAT_NAME,
  FORMAT_VERSION,
  LAYOUT_DIRECTIONS,
  LINE_STYLES,
  NODE_SHAPES,
  type TheoryModel,
} from '../model/types';
import { PLACEHOLDER_ID } from '../model/template';
import { COLOR_PATTERN } from './fastShape';

// `#rgb` or `#rrggbb` only (why: io/fastShape.ts, which the zod-free fast path shares).
export { COLOR_PATTERN };

// zod 4's z.number() already refuses NaN and ±Infinity (`1e999` parses to Infinity).
const finite = z.number();
const id = z.string().min(1);
const color = z.string().regex(COLOR_PATTERN).describe('A colour: "#rgb" or "#rrggbb".');

const translations = z
  .record(z.string(), z.string())
  .meta({ id: 'Translations', description: 'Translations keyed by BCP 47 language tag, e.g. {"en": "School"}.' });

/**
 * Format v4: a fractional order key (model/orderKeys.ts). Any text passes here: a key that is not
 * a valid one, or repeats, is repaired on import with a note (io/repair/orderKeys.ts), not refused.
 */
const orderKey = z
  .string()
  .optional()
  .describe('Since v4. Fractional order key (e.g. "a0", "a0V"): elements are drawn in key order (code-unit comparison). Omit it on every element of a list to use array order.');

const point = z.object({ x: finite, y: finite }).meta({ id: 'Point' });
const size = z.object({ width: finite, height: finite }).meta({ id: 'Size' });

export const nodeKindSchema = z
  .object({
    id: id.describe('Unique within nodeKinds; referenced by nodes[].kind.'),
    label: z.string(),
    color,
    shape: z.enum(NODE_SHAPES).optional(),
    description: z.string().optional(),
    labels: translations.optional(),
  })
  .meta({ id: 'NodeKind', description: 'A kind of node, e.g. actor or resource.' });

export const relationTypeSchema = z
  .object({
    id: id.describe('Unique within relationTypes; referenced by edges[].relation.'),
    label: z.string(),
    color,
    line: z.enum(LINE_STYLES).optional(),
    arrow: z.enum(ARROW_STYLES).optional(),
    head: z.enum(ARROW_HEADS).optional().describe('Format v3: the arrowhead shape; absent means "filled".'),
    width: finite.min(LINE_WIDTH_MIN).max(LINE_WIDTH_MAX).optional().describe('Format v3: line width in px; absent means 1.6.'),
    from: z.array(id).optional().describe('Kind ids this relation may start from; absent means any kind.'),
    to: z.array(id).optional().describe('Kind ids this relation may end at; absent means any kind.'),
    description: z.string().optional(),
    labels: translations.optional(),
  })
  .meta({ id: 'RelationType', description: 'A kind of edge, e.g. "influences".' });

export const vocabularySchema = z
  .object({ nodeKinds: z.array(nodeKindSchema), relationTypes: z.array(relationTypeSchema) })
  .meta({ id: 'Vocabulary' });

export const modelNodeSchema = z
  .object({
    id: id.describe('Unique among nodes.'),
    order: orderKey,
    kind: id.describe('A vocabulary kind id, or the built-in container kind "group".'),
    label: z.string(),
    position: point.describe('Top-left corner; relative to the parent group when parent is set.'),
    description: z.string().optional(),
    parent: id.optional().describe('Id of a group node that contains this node; it is drawn before this node.'),
    size: size.optional().describe('A fixed size; absent means the node sizes itself to its label.'),
    labels: translations.optional(),
  })
  .meta({ id: 'ModelNode' });

export const labelPlacementSchema = z
  .object({
    along: finite.min(0).max(1).describe('Fraction of the route length from source to target.'),
    offset: finite.describe('Distance in px to the left (negative: right) of the route direction.'),
  })
  .meta({ id: 'LabelPlacement' });

export const modelEdgeSchema = z
  .object({
    id: id.describe('Unique among edges.'),
    order: orderKey,
    source: id.describe('Id of the node the edge starts at.'),
    target: id.describe('Id of the node the edge ends at.'),
    relation: id.describe('A vocabulary relation type id.'),
    label: z.string().optional(),
    labels: translations.optional(),
    bends: z.array(point).optional().describe('Format v3: bend points placed by the user, absolute flow coordinates, source to target.'),
    labelAt: labelPlacementSchema.optional().describe('Format v3: the label position chosen by the user; absent means automatic.'),
  })
  .meta({ id: 'ModelEdge' });

export const metaSchema = z
  .object({
    title: z.string(),
    description: z.string().optional(),
    language: z.string().optional().describe('BCP 47 tag of the labels\' original language, e.g. "zh-CN".'),
    source: z.string().optional(),
    authors: z.array(z.string()).optional(),
    created: z.string().optional(),
    modified: z.string().optional(),
    labels: translations.optional().describe('Translations of the title.'),
  })
  .meta({ id: 'Meta' });

export const layoutSettingsSchema = z
  .object({
    direction: z.enum(LAYOUT_DIRECTIONS).optional(),
    bands: z
      .array(z.array(id))
      .optional()
      .describe('Bands of kind ids in order, e.g. [["driver"], ["actor"], ["resource"]].'),
  })
  .meta({ id: 'LayoutSettings', description: 'Settings of the "Figure" auto-layout.' });

export const figureStyleSchema = z
  .object({ edges: z.enum(EDGE_STYLES).optional().describe('Edge style; absent means "orthogonal".') })
  .meta({ id: 'FigureStyle', description: 'Format v3: how the figure is drawn.' });

export const placeholderSchema = z
  .object({
    id: z
      .string()
      .regex(PLACEHOLDER_ID)
      .describe('Written in text as {id}: a letter or "_", then letters, digits or "_". Unique among placeholders.'),
    label: z.string().describe('The question the "Adapt" wizard asks, in the original language.'),
    description: z.string().optional(),
    labels: translations.optional().describe('Translations of label.'),
    default: z.string().describe('The default value in the original language; template text, so it may use other placeholders.'),
    defaults: translations.optional().describe('The default value in other languages, e.g. {"en": "Ningbo"}.'),
  })
  .meta({ id: 'Placeholder', description: 'A named blank in the text of a template: {id}. Write {{ and }} for literal braces.' });

export const templateSchema = z
  .object({ placeholders: z.array(placeholderSchema) })
  .meta({ id: 'ModelTemplate', description: 'Present when the model is a template: its text contains placeholders.' });

export const checkSettingsSchema = z
  .object({
    disabled: z.array(id).optional().describe('Ids of model checks switched off for this model.'),
    enabled: z.array(id).optional().describe('Ids of model checks that are off by default, switched on.'),
  })
  .meta({ id: 'CheckSettings', description: 'Settings of the model checks ("Problems").' });

export const cameraFrameSchema = z
  .object({ x: finite, y: finite, width: finite, height: finite })
  .meta({ id: 'CameraFrame', description: 'Format v5: an area in flow coordinates (the coordinates of top-level node positions).' });

export const presentationStepSchema = z
  .object({
    id: id.describe('Unique among the steps.'),
    name: z.string(),
    elementIds: z
      .array(z.string())
      .describe('Ids of the nodes and edges shown in this step; an edge whose two ends are both listed is shown too. Ids that name nothing are skipped on import, with a note.'),
    camera: cameraFrameSchema.optional().describe('The area to show; absent means the step\'s elements, framed.'),
    notes: z.string().optional().describe('Speaker notes; absent or empty means the descriptions of the step\'s elements.'),
  })
  .meta({ id: 'PresentationStep', description: 'Format v5: one step of presentation mode.' });

export const presentationSchema = z
  .object({ steps: z.array(presentationStepSchema) })
  .meta({ id: 'Presentation', description: 'Format v5: the authored steps of presentation mode. Absent means steps derived from the vocabulary.' });

/**
 * Unknown keys are stripped (zod's default for z.object); validate.ts reports every stripped key
 * in the repair report, so nothing disappears silently.
 */
export const theoryModelSchema = z.object({
  format: z.literal(FORMAT_NAME),
  version: z.literal(FORMAT_VERSION),
  meta: metaSchema,
  vocabulary: vocabularySchema,
  nodes: z.array(modelNodeSchema).describe('Written in order-key order; groups come before the nodes they contain.'),
  edges: z.array(modelEdgeSchema),
  layout: layoutSettingsSchema.optional(),
  template: templateSchema.optional(),
  checks: checkSettingsSchema.optional(),
  style: figureStyleSchema.optional(),
  presentation: presentationSchema.optional(),
});

// ---- compile-time guard: schema and types must describe the same shape -------------------------
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
type SchemaType = z.infer<typeof theoryModelSchema>;
// Both directions, plus exact identity: a field added to one side only breaks the build here.
export type SchemaMatchesTypes = Assert<Equals<SchemaType, TheoryModel>>;
export type SchemaAssignableToTypes = Assert<SchemaType extends TheoryModel ? true : false>;
export type TypesAssignableToSchema = Assert<TheoryModel extends SchemaType ? true : false>;
