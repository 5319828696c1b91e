/**
 * What the layout kernel is given: the document's nodes with the sizes the canvas measured, the
 * edges with the size of their labels, and the request for the chosen layout.
 */
import type { LayoutInput, LayoutRequest } from '../layout';
// Not the barrel: the route scheduler reads this module at start-up, and the kernel is lazy (issue 15).
import { DEFAULT_BANDS } from '../layout/bands';
import { sizeFrom } from '../model/geometry';
import { localize } from '../model/language';
import { DEFAULT_EDGE_STYLE, GROUP_KIND, type LayoutDirection, type LayoutSettings, type Size, type TheoryModel } from '../model/types';
import type { LayoutChoice } from './layoutSlice';

/**
 * Edge labels are ESTIMATED from their text, not measured in the DOM. The estimate is pure (the
 * same in tests, before the canvas has drawn, and for labels scrolled out of view), and label
 * sizes only make ELK leave room between layers: the canvas draws its own straight edges and puts
 * each label at their middle, not where ELK would. The numbers follow `.tm-edge-label` in
 * styles.css: 12 px text, line-height 1.3, 6 px padding left and right, a 1 px border, at most
 * 220 px wide (then an ellipsis). A CJK or full-width character is one em wide; other characters
 * are counted at 7 px, a little more than the ~6.2 px average of a 12 px sans-serif, so the
 * estimate errs on the roomy side. tests/e2e/layout.spec.ts compares it with the real labels.
 */
export const LABEL_FONT_PX = 12;
const LABEL_PAD_X = 2 * 6 + 2 * 1;
const LABEL_HEIGHT = Math.ceil(LABEL_FONT_PX * 1.3 + 2 * 1 + 2 * 1);
const LABEL_MAX_WIDTH = 220;
const NARROW_CHAR_PX = 7;

// Hangul Jamo, CJK radicals…Yi, Hangul syllables, CJK compatibility, vertical/small forms, full-width
// forms, and the supplementary ideographic planes: the characters a font draws one em wide.
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

export function estimateLabelSize(text: string): Size | undefined {
  if (text.length === 0) return undefined;
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? LABEL_FONT_PX : NARROW_CHAR_PX;
  return { width: Math.min(LABEL_MAX_WIDTH, Math.ceil(width) + LABEL_PAD_X), height: LABEL_HEIGHT };
}

/**
 * The kernel's input. Elements use their fixed size, else the size React Flow measured, else the
 * canvas's default; groups send their box too, but ELK recomputes any group that has children.
 */
export function buildLayoutInput(doc: TheoryModel, measured: ReadonlyMap<string, Size>, lang: string): LayoutInput {
  const sizeOf = sizeFrom(measured);
  const ids = new Set(doc.nodes.map((n) => n.id));
  const original = doc.meta.language;
  const relationText = new Map(doc.vocabulary.relationTypes.map((r) => [r.id, localize(r.label, r.labels, lang, original).text]));
  return {
    nodes: doc.nodes.map((n) => {
      const { width, height } = sizeOf(n);
      return {
        id: n.id,
        kind: n.kind,
        ...(n.parent !== undefined && ids.has(n.parent) ? { parent: n.parent } : {}),
        width,
        height,
        x: n.position.x,
        y: n.position.y,
      };
    }),
    edges: doc.edges.map((e) => {
      const text = e.label ? localize(e.label, e.labels, lang, original).text : (relationText.get(e.relation) ?? e.relation);
      const label = estimateLabelSize(text);
      return { id: e.id, source: e.source, target: e.target, ...(label ? { labelWidth: label.width, labelHeight: label.height } : {}) };
    }),
  };
}

/** The Figure preset's settings in effect: the document's, else the kernel's defaults. */
export function figureSettings(layout: LayoutSettings | undefined): { direction: LayoutDirection; bands: string[][] } {
  return {
    direction: layout?.direction ?? 'RIGHT',
    bands: (layout?.bands ?? DEFAULT_BANDS).map((band) => [...band]),
  };
}

/** Why a choice cannot run now, if it cannot. */
export function choiceBlocked(choice: LayoutChoice, selectedNodes: readonly string[]): 'needs-one-node' | 'needs-selection' | null {
  if (choice === 'radial' && selectedNodes.length !== 1) return 'needs-one-node';
  if (choice === 'selection' && selectedNodes.length === 0) return 'needs-selection';
  return null;
}

/** The kernel request for a menu choice. Selection-only uses the Figure preset on the selected nodes. */
export function layoutRequest(choice: LayoutChoice, doc: TheoryModel, selectedNodes: readonly string[]): LayoutRequest {
  return { ...requestFor(choice, doc, selectedNodes), edgeStyle: doc.style?.edges ?? DEFAULT_EDGE_STYLE };
}

function requestFor(choice: LayoutChoice, doc: TheoryModel, selectedNodes: readonly string[]): LayoutRequest {
  const figure = figureSettings(doc.layout);
  switch (choice) {
    case 'figure':
      return { algorithm: 'figure', ...figure };
    case 'layered-right':
      return { algorithm: 'layered', direction: 'RIGHT' };
    case 'layered-down':
      return { algorithm: 'layered', direction: 'DOWN' };
    case 'organic':
      return { algorithm: 'organic', direction: figure.direction };
    case 'radial':
      return { algorithm: 'radial', direction: figure.direction, rootId: selectedNodes[0] };
    case 'selection':
      return { algorithm: 'figure', ...figure, selection: [...selectedNodes] };
  }
}

/** Element nodes the canvas has not measured yet (a fixed size needs no measuring). */
export function unmeasured(doc: TheoryModel, measured: ReadonlyMap<string, Size>): string[] {
  return doc.nodes.filter((n) => n.kind !== GROUP_KIND && !n.size && !measured.has(n.id)).map((n) => n.id);
}
