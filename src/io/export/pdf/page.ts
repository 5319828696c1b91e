/**
 * The PDF page for a figure. "Figure" makes the page the figure's own size (1 CSS px = 0.75 pt,
 * the same physical size as the SVG and a 96-dpi PNG); A4 and Letter fit the figure inside
 * margins, centred, shrinking it when needed and never enlarging it (a small figure keeps its
 * type size). PDF viewers refuse pages over 14,400 pt (200 in, Acrobat's limit, ISO 32000-1
 * Annex C), so a larger figure is scaled down to fit and the plan says so.
 */

export const PAGE_CHOICES = ['figure', 'a4-portrait', 'a4-landscape', 'letter-portrait', 'letter-landscape'] as const;
export type PageChoice = (typeof PAGE_CHOICES)[number];

export const PT_PER_CSS_PX = 0.75;
export const MAX_PAGE_PT = 14_400;
/** 15 mm margins on paper. */
export const PAPER_MARGIN_PT = (15 / 25.4) * 72;

const PAPER: Record<Exclude<PageChoice, 'figure'>, { width: number; height: number }> = {
  'a4-portrait': { width: 595.28, height: 841.89 },
  'a4-landscape': { width: 841.89, height: 595.28 },
  'letter-portrait': { width: 612, height: 792 },
  'letter-landscape': { width: 792, height: 612 },
};

export type PagePlan = {
  /** Page size in pt. */
  width: number;
  height: number;
  /** Where the figure is drawn on the page, in pt. */
  x: number;
  y: number;
  figureWidth: number;
  figureHeight: number;
  /** Figure pt per CSS px / 0.75: 1 = print size, < 1 = shrunk to fit. */
  scale: number;
};

export function isPageChoice(value: string): value is PageChoice {
  return (PAGE_CHOICES as readonly string[]).includes(value);
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/** The page for a figure of `width × height` CSS px. Throws on a size that is not a positive finite number. */
export function planPage(width: number, height: number, choice: PageChoice): PagePlan {
  if (!(width > 0 && height > 0) || !Number.isFinite(width) || !Number.isFinite(height)) {
    throw new Error(`Cannot place a figure of ${width} × ${height} px on a page.`);
  }
  const w = width * PT_PER_CSS_PX;
  const h = height * PT_PER_CSS_PX;
  if (choice === 'figure') {
    const scale = Math.min(1, MAX_PAGE_PT / w, MAX_PAGE_PT / h);
    const fw = r2(Math.max(w * scale, 1));
    const fh = r2(Math.max(h * scale, 1));
    return { width: fw, height: fh, x: 0, y: 0, figureWidth: fw, figureHeight: fh, scale };
  }
  const paper = PAPER[choice];
  const availW = paper.width - 2 * PAPER_MARGIN_PT;
  const availH = paper.height - 2 * PAPER_MARGIN_PT;
  const scale = Math.min(1, availW / w, availH / h);
  const fw = w * scale;
  const fh = h * scale;
  return { ...paper, x: r2((paper.width - fw) / 2), y: r2((paper.height - fh) / 2), figureWidth: r2(fw), figureHeight: r2(fh), scale };
}
