/**
 * Builds the router's input from the document: absolute node boxes (sizes as measured), each
 * edge's ends, the user's bend points, and its label's size in the diagram's language. Pure; the
 * store passes a text measurer (the canvas's fonts), tests a fixed one.
 */
import { absolutePosition, nodesById, sizeFrom } from '../model/geometry';
import { localize } from '../model/language';
import { DEFAULT_EDGE_STYLE, GROUP_KIND, type Size, type TheoryModel } from '../model/types';
import { findKind, findRelation } from '../model/vocabulary';
import type { RouteBox, RouteInput } from './types';

/** The width and height of an edge label's box as the canvas draws it (`.tm-edge-label`). */
export type MeasureLabel = (text: string) => Size;

/** Label text size 12 px, line height 1.3, padding 1/6 px, 1 px border, at most 220 px wide. */
export const LABEL_FONT_PX = 12;
export const LABEL_MAX_WIDTH = 220;
export const labelBox = (textWidth: number): Size => ({ width: Math.min(LABEL_MAX_WIDTH, Math.ceil(textWidth) + 14), height: Math.ceil(LABEL_FONT_PX * 1.3) + 4 });

/** Without fonts (Node, tests): CJK and wide letters count a full em, others about 0.6 em. Over, not under. */
export const estimateLabel: MeasureLabel = (text) => {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? LABEL_FONT_PX : LABEL_FONT_PX * 0.62;
  return labelBox(w);
};

/** A group title as the canvas draws it (`.tm-group-title`): 14 px semibold, centred, 8/12 px padding. */
const TITLE_PAD_TOP = 8;
const TITLE_PAD_SIDE = 12;
const TITLE_LINE = Math.ceil(14 * 1.35);

/** The title's text box inside its group, from the label measurer scaled to the title's font. */
export function groupTitleBox(text: string, box: { x: number; y: number; width: number }, measureLabel: MeasureLabel): RouteBox['title'] | undefined {
  if (!text.trim()) return undefined;
  const inner = Math.max(1, box.width - 2 * TITLE_PAD_SIDE);
  // labelBox adds 14 px of padding; the title is 14/12 larger and semibold (about 6 % wider).
  const natural = Math.max(0, measureLabel(text).width - 14) * (14 / LABEL_FONT_PX) * 1.06 + 4;
  const lines = Math.max(1, Math.ceil(natural / inner));
  const width = Math.min(inner, natural);
  return { x: box.x + (box.width - width) / 2, y: box.y + TITLE_PAD_TOP, width, height: lines * TITLE_LINE };
}

export function routeInput(doc: TheoryModel, measured: ReadonlyMap<string, Size>, lang: string, measureLabel: MeasureLabel = estimateLabel): RouteInput {
  const byId = nodesById(doc);
  const sizeOf = sizeFrom(measured);
  const original = doc.meta.language;
  const nodes = doc.nodes.map((n) => {
    const { x, y } = absolutePosition(byId, n.id);
    const { width, height } = sizeOf(n);
    const group = n.kind === GROUP_KIND;
    const ellipse = !group && findKind(doc.vocabulary, n.kind)?.shape === 'ellipse';
    const title = group ? groupTitleBox(localize(n.label, n.labels, lang, original).text, { x, y, width }, measureLabel) : undefined;
    return { id: n.id, x, y, width, height, ...(ellipse ? { ellipse } : {}), ...(group ? { group } : {}), ...(n.parent !== undefined ? { parent: n.parent } : {}), ...(title ? { title } : {}) };
  });
  const edges = doc.edges
    .filter((e) => byId.has(e.source) && byId.has(e.target))
    .map((e) => {
      const relation = findRelation(doc.vocabulary, e.relation);
      const text = e.label ? localize(e.label, e.labels, lang, original).text : relation ? localize(relation.label, relation.labels, lang, original).text : e.relation;
      return {
        id: e.id,
        source: e.source,
        target: e.target,
        ...(e.bends && e.bends.length > 0 ? { bends: e.bends } : {}),
        ...(text ? { label: { ...measureLabel(text), ...(e.labelAt ? { at: e.labelAt } : {}) } } : {}),
      };
    });
  return { style: doc.style?.edges ?? DEFAULT_EDGE_STYLE, nodes, edges };
}
