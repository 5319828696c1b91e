/**
 * Where the title, the figure and the legend go in an exported image, in CSS px. One layout for
 * PNG and SVG, so both formats of one export have the same size and arrangement: the title
 * centred above; the legend to the right of the figure when it fits beside it, otherwise below
 * it in rows (a wide, flat model would otherwise get a tall empty strip).
 */
import type { LegendKind, LegendRelation } from '../../model/legend';
import { SWATCH } from '../../model/relationStyle';
import { truncateText, wrapText } from './wrap';

export const FIGURE_PADDING = 24;
const MARGIN = 16;

export const TITLE_STYLE = { size: 18, weight: 600, lineHeight: 1.35, maxLines: 4 } as const;
export const LEGEND_STYLE = {
  size: 13,
  headingSize: 13,
  headingWeight: 600,
  row: 22,
  padX: 12,
  padY: 10,
  headingGap: 6,
  swatchGap: 8,
  kindSwatch: { width: 26, height: 14 },
  relationSwatch: { width: SWATCH.width, height: SWATCH.height },
  maxTextWidth: 320,
  columnGap: 24,
  sectionGap: 10,
} as const;

export type MeasureText = (text: string, size: number, weight: number) => number;

export type LegendInput = { heading: string; kinds: LegendKind[]; relations: LegendRelation[] };

export type PlacedLegendItem =
  | { type: 'kind'; x: number; y: number; text: string; entry: LegendKind }
  | { type: 'relation'; x: number; y: number; text: string; entry: LegendRelation };

export type LegendLayout = {
  box: { x: number; y: number; width: number; height: number };
  heading: { text: string; x: number; baseline: number };
  /** `y` is the top of the item's row. */
  items: PlacedLegendItem[];
  /** A thin rule between the element kinds and the relations. */
  separator?: { x1: number; x2: number; y: number };
  placement: 'right' | 'below';
};

export type FigureLayout = {
  width: number;
  height: number;
  figure: { x: number; y: number; width: number; height: number };
  title?: { lines: string[]; centre: number; firstBaseline: number; lineHeight: number };
  legend?: LegendLayout;
};

type Block = { width: number; height: number; place: (x: number, y: number) => LegendLayout };

function legendItemWidth(measure: MeasureText, item: { text: string; swatch: number }): number {
  return item.swatch + LEGEND_STYLE.swatchGap + measure(item.text, LEGEND_STYLE.size, 400);
}

/** The legend as a block whose size is known before it is placed; `columnsWidth` = available width for rows. */
function legendBlock(input: LegendInput, measure: MeasureText, columnsWidth: number | undefined): Block {
  const L = LEGEND_STYLE;
  const fit = (text: string) => truncateText(text, L.maxTextWidth, (t) => measure(t, L.size, 400));
  const kinds = input.kinds.map((entry) => ({ type: 'kind' as const, entry, text: fit(entry.text), swatch: L.kindSwatch.width }));
  const relations = input.relations.map((entry) => ({ type: 'relation' as const, entry, text: fit(entry.text), swatch: L.relationSwatch.width }));
  const itemWidth = Math.max(0, ...[...kinds, ...relations].map((i) => legendItemWidth(measure, i)));
  const headingWidth = measure(input.heading, L.headingSize, L.headingWeight);
  const headingHeight = L.headingSize * 1.3 + L.headingGap;
  const sections = [kinds, relations].filter((s) => s.length > 0);
  const colWidth = itemWidth + L.columnGap;
  const perRow = columnsWidth === undefined ? 1 : Math.max(1, Math.floor((columnsWidth - 2 * L.padX + L.columnGap) / colWidth));
  const rowsOf = (n: number) => Math.ceil(n / perRow);
  const rows = sections.reduce((n, s) => n + rowsOf(s.length), 0);
  const gaps = Math.max(0, sections.length - 1) * L.sectionGap;
  const contentWidth = Math.max(headingWidth, perRow === 1 ? itemWidth : Math.min(sections.reduce((m, s) => Math.max(m, s.length), 0), perRow) * colWidth - L.columnGap);
  const width = Math.ceil(contentWidth + 2 * L.padX);
  const height = Math.ceil(L.padY * 2 + headingHeight + rows * L.row + gaps);

  const place = (x: number, y: number): LegendLayout => {
    const items: PlacedLegendItem[] = [];
    let top = y + L.padY + headingHeight;
    let separator: LegendLayout['separator'];
    sections.forEach((section, s) => {
      if (s > 0) {
        separator = { x1: x + L.padX, x2: x + width - L.padX, y: top + L.sectionGap / 2 };
        top += L.sectionGap;
      }
      section.forEach((item, i) => {
        const col = i % perRow;
        const row = Math.floor(i / perRow);
        const ix = x + L.padX + col * colWidth;
        const iy = top + row * L.row;
        items.push(item.type === 'kind' ? { type: 'kind', x: ix, y: iy, text: item.text, entry: item.entry } : { type: 'relation', x: ix, y: iy, text: item.text, entry: item.entry });
      });
      top += rowsOf(section.length) * L.row;
    });
    return {
      box: { x, y, width, height },
      heading: { text: input.heading, x: x + L.padX, baseline: y + L.padY + L.headingSize * 1.05 },
      items,
      separator,
      placement: columnsWidth === undefined ? 'right' : 'below',
    };
  };
  return { width, height, place };
}

/**
 * @param figure the exported frame's size (model bounds + padding)
 * @param title the title text, or undefined to leave it out
 * @param legend the legend entries, or undefined to leave it out (also left out when empty)
 */
export function layoutFigure(
  figure: { width: number; height: number },
  title: string | undefined,
  legend: LegendInput | undefined,
  measure: MeasureText,
): FigureLayout {
  // 1. The figure and its legend as one group: legend beside when it is no taller than the figure.
  let block: Block | undefined;
  let placement: LegendLayout['placement'] = 'right';
  if (legend !== undefined && legend.kinds.length + legend.relations.length > 0) {
    block = legendBlock(legend, measure, undefined);
    // Beside: it starts level with the content (below the frame's padding) and must end above the bottom padding.
    if (block.height > figure.height - 2 * FIGURE_PADDING) {
      placement = 'below';
      block = legendBlock(legend, measure, figure.width - 2 * FIGURE_PADDING);
    }
  }
  let groupWidth = figure.width;
  let groupHeight = figure.height;
  if (block && placement === 'right') groupWidth = figure.width + block.width + MARGIN;
  if (block && placement === 'below') {
    groupWidth = Math.max(figure.width, block.width + 2 * FIGURE_PADDING);
    groupHeight = figure.height + block.height + MARGIN;
  }

  // 2. The title above, wrapped to the group's width (or wider lines widen the image).
  let width = groupWidth;
  let top = 0;
  let titleLayout: FigureLayout['title'];
  const text = title?.trim();
  if (text) {
    const T = TITLE_STYLE;
    const lines = wrapText(text, Math.max(320, groupWidth - 2 * MARGIN), (t) => measure(t, T.size, T.weight), T.maxLines);
    const lineHeight = T.size * T.lineHeight;
    const widest = Math.max(...lines.map((l) => measure(l, T.size, T.weight)));
    width = Math.max(width, Math.ceil(widest + 2 * MARGIN));
    titleLayout = { lines, centre: width / 2, firstBaseline: MARGIN + T.size, lineHeight };
    top = Math.ceil(MARGIN + lines.length * lineHeight);
  }

  // 3. Centre the group under a title wider than it.
  const left = Math.floor((width - groupWidth) / 2);
  const figureX = left + (placement === 'below' ? Math.floor((groupWidth - figure.width) / 2) : 0);
  const legendLayout = block && (placement === 'right' ? block.place(figureX + figure.width, top + FIGURE_PADDING) : block.place(left + FIGURE_PADDING, top + figure.height));
  return {
    width: Math.ceil(width),
    height: Math.ceil(top + groupHeight),
    figure: { x: figureX, y: top, width: figure.width, height: figure.height },
    title: titleLayout,
    legend: legendLayout,
  };
}
