/**
 * Vector PDF from the export SVG (the same clean SVG the SVG export writes: rect/ellipse/path and
 * real `<text>`, no foreignObject): svg2pdf.js draws it into jsPDF. This module and everything it
 * imports load lazily (dynamic `import()` from canvas/export), so jsPDF, svg2pdf.js, the font and
 * hb-subset cost nothing until a PDF is made.
 *
 * Text stays text: jsPDF embeds the figure's subset of Noto Sans SC as a CID TrueType font
 * (Identity-H) with a ToUnicode map, so a reader can select, search and copy Chinese labels
 * (research/anchors-turn2.md §7). The font is named `ABCDEF+NotoSansSC`, the PDF convention for a
 * subset. jsPDF lists its 14 standard fonts unless `putOnlyUsedFonts` is set.
 */
import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import { EMBEDDED_FAMILY, subsetFor } from '../font/fontAssets';
import { emboldenHeavyText, textsOf } from '../font/svgTexts';
import { compensateMarkerScale } from './markers';
import { planPage, type PageChoice, type PagePlan } from './page';

export type PdfInput = {
  svg: SVGSVGElement;
  page: PageChoice;
  title: string;
  /** BCP 47 language of the figure's text, written as the document language. */
  lang: string;
};

export type PdfOutput = { blob: Blob; page: PagePlan; fontBytes: number; subsetName: string; ms: number };

/** jsPDF's virtual file system takes a "binary string" (one char per byte). */
function binaryString(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

function viewBoxSize(svg: SVGSVGElement): { width: number; height: number } {
  const [, , width, height] = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  return { width, height };
}

export async function renderPdf(input: PdfInput): Promise<PdfOutput> {
  return renderPdfPages({ svgs: [input.svg], page: input.page, title: input.title, lang: input.lang });
}

/** Input of a multi-page PDF: one export SVG per page, each page planned for its own figure. */
export type PdfPagesInput = { svgs: SVGSVGElement[]; page: PageChoice; title: string; lang: string };

/**
 * A PDF with one page per SVG (the presentation's steps, issue 14), the font subset made once for
 * the text of all pages. `page` in the output is the first page's plan.
 */
export async function renderPdfPages(input: PdfPagesInput): Promise<PdfOutput> {
  const start = performance.now();
  if (input.svgs.length === 0) throw new Error('renderPdfPages: no pages.');
  const plans = input.svgs.map((svg) => {
    const size = viewBoxSize(svg);
    return planPage(size.width, size.height, input.page);
  });
  const page = plans[0];
  const font = await subsetFor(input.svgs.flatMap((svg) => textsOf(svg)));

  // The copy drawn into the PDF names only the embedded face (svg2pdf falls back to Times for a
  // family jsPDF doesn't know, e.g. the canvas's system-font stack).
  for (const svg of input.svgs) {
    svg.setAttribute('font-family', EMBEDDED_FAMILY);
    emboldenHeavyText(svg);
    compensateMarkerScale(svg);
  }

  const orientation = (p: PagePlan) => (p.width > p.height ? 'landscape' : 'portrait');
  const pdf = new jsPDF({ unit: 'pt', format: [page.width, page.height], orientation: orientation(page), compress: true, putOnlyUsedFonts: true });
  pdf.addFileToVFS(`${EMBEDDED_FAMILY}.ttf`, binaryString(font.bytes));
  pdf.addFont(`${EMBEDDED_FAMILY}.ttf`, EMBEDDED_FAMILY, 'normal', 'Identity-H');
  pdf.setFont(EMBEDDED_FAMILY, 'normal');
  // The BaseFont/FontName written for the face (read only at output): with the subset tag,
  // readers know it is partial. The family svg2pdf looks up stays EMBEDDED_FAMILY.
  pdf.getFont().fontName = font.subsetName;
  pdf.setProperties({ title: input.title, creator: 'Theory-model editor', subject: input.title });
  pdf.setLanguage(input.lang as Parameters<jsPDF['setLanguage']>[0]);

  // svg2pdf measures each run with the browser (canvas or SVG text) in the run's font family, to
  // place centred text: without this face the browser measures a fallback font, and centred
  // Latin lines land off-centre in the PDF. So the subset is lent to the document meanwhile.
  const face = new FontFace(EMBEDDED_FAMILY, font.bytes.slice().buffer);
  await face.load();
  document.fonts.add(face);
  // svg2pdf also needs the SVG in a document while it works.
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, { position: 'fixed', left: '-100000px', top: '0', width: '1px', height: '1px', overflow: 'hidden' });
  document.body.appendChild(host);
  try {
    for (const [i, svg] of input.svgs.entries()) {
      const plan = plans[i];
      if (i > 0) pdf.addPage([plan.width, plan.height], orientation(plan));
      host.replaceChildren(svg);
      await svg2pdf(svg, pdf, { x: plan.x, y: plan.y, width: plan.figureWidth, height: plan.figureHeight });
    }
  } finally {
    host.remove();
    document.fonts.delete(face);
  }
  const blob = pdf.output('blob');
  return { blob, page, fontBytes: font.bytes.byteLength, subsetName: font.subsetName, ms: performance.now() - start };
}
