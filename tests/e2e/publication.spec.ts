/**
 * Publication export (issue 10 item 7, issue 17 item 5): vector PDF with embedded subset fonts,
 * SVG with embedded fonts or outlines, black and white, and figures too large for a PNG.
 * The PDF is checked with poppler-utils (`pdftotext`, `pdffonts`, `pdftoppm`), as a reader would.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { decodePng, downloadFrom, importJson } from './exportHelpers';
import { openApp, watchErrors } from './helpers';

type Labels = { dialog: string; download: string; bw: string; svgText: string; page: string; size: string; file: string };
const EN: Labels = { dialog: 'Export image', download: 'Download', bw: 'Black and white (for greyscale print)', svgText: 'Text', page: 'Page', size: 'Size', file: 'File' };
const ZH: Labels = { dialog: '导出图片', download: '下载', bw: '黑白（用于灰度印刷）', svgText: '文字', page: '页面', size: '尺寸', file: '文件' };

type Choice = { format: 'PNG' | 'SVG' | 'PDF'; bw?: boolean; svgText?: string; page?: string; size?: string };

/** Opens the export dialog (PNG and SVG from the toolbar, PDF from the File menu), sets the options like a user, downloads. */
async function exportAs(page: Page, L: Labels, choice: Choice, command = choice.format) {
  if (command === 'PDF') {
    await page.getByRole('menubar').getByRole('menuitem', { name: L.file }).click();
    await page.getByRole('menu', { name: L.file }).getByRole('menuitem', { name: /PDF$/ }).click();
  } else {
    await page.getByRole('toolbar').getByRole('button', { name: command === 'PNG' ? /PNG$/ : /SVG$/ }).click();
  }
  const dialog = page.getByRole('dialog', { name: L.dialog });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: choice.format }).check();
  if (choice.size) await dialog.getByRole('combobox', { name: L.size }).selectOption({ label: choice.size });
  if (choice.svgText) await dialog.getByRole('combobox', { name: L.svgText }).selectOption({ label: choice.svgText });
  if (choice.page) await dialog.getByRole('combobox', { name: L.page }).selectOption({ label: choice.page });
  await dialog.getByRole('checkbox', { name: L.bw }).setChecked(choice.bw ?? false);
  await expect(dialog.getByTestId('export-output')).toBeVisible();
  const file = await downloadFrom(page, () => dialog.getByRole('button', { name: L.download }).click());
  await expect(dialog).toBeHidden();
  return file;
}

const dir = mkdtempSync(join(tmpdir(), 'tm-pdf-'));
function saved(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}
const pdftotext = (path: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
const pdffonts = (path: string) => execFileSync('pdffonts', [path], { encoding: 'utf8' });
/** Pages rendered by poppler as PNG files (first page). */
function pdfToPng(path: string, dpi = 50) {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-singlefile', path, `${path}-page`]);
  return decodePng(readFileSync(`${path}-page.png`));
}

/** The largest spread between a pixel's channels: 0 for pure greys. */
function maxChroma(png: { data: Uint8Array | Buffer }): number {
  let max = 0;
  for (let i = 0; i < png.data.length; i += 4) max = Math.max(max, Math.max(png.data[i], png.data[i + 1], png.data[i + 2]) - Math.min(png.data[i], png.data[i + 1], png.data[i + 2]));
  return max;
}

const FIGURE_2_LABELS = ['学校', '学生', '智能制造企业', '关键资源', '"1+X"培训评价组织', '获取稳定的岗位技能人才', '图例', '驱动'];

test.describe('PDF', () => {
  test('Figure 2 as PDF: Chinese labels extractable, one embedded subset font, the figure drawn', async ({ page }) => {
    const errors = watchErrors(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await openApp(page, '?lang=zh');
    // Nothing of the PDF machinery is fetched before a PDF is asked for.
    expect(requests.filter((u) => /NotoSansSC|harfbuzz|renderPdf/.test(u))).toEqual([]);

    const file = await exportAs(page, ZH, { format: 'PDF' });
    expect(file.name).toBe('基于宁波智能制造特色的1+X证书制度实施的理论模型.pdf');
    expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(requests.some((u) => /NotoSansSC.*\.ttf/.test(u))).toBe(true);
    const path = saved('figure-2.pdf', file.bytes);

    const text = pdftotext(path);
    for (const label of FIGURE_2_LABELS) expect(text, label).toContain(label);
    expect(text).toContain('基于宁波智能制造特色的"1+X"证书制度实施的理论模型');

    const fonts = pdffonts(path).trim().split('\n').slice(2);
    expect(fonts).toHaveLength(1); // no unused standard fonts listed
    expect(fonts[0]).toMatch(/^[A-Z]{6}\+NotoSansSC\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);

    // Rendered, the page has the figure's colours (not blank, not one flat colour).
    const png = pdfToPng(path);
    expect(maxChroma(png)).toBeGreaterThan(60);
    expect(errors).toEqual([]);
  });

  test('English Figure 1 on A4 landscape: the page is A4, the English labels are text', async ({ page }) => {
    await openApp(page, '?lang=en&example=figure-1');
    const file = await exportAs(page, EN, { format: 'PDF', page: 'A4 landscape' });
    const path = saved('figure-1-a4.pdf', file.bytes);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    const text = pdftotext(path).replace(/\s+/g, ' ');
    for (const label of ['School', 'Student', 'Key resources', 'Legend']) expect(text, label).toContain(label);
    expect(pdffonts(path)).toMatch(/[A-Z]{6}\+NotoSansSC\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
  });
});

/** Lines of a PDF page as poppler reads them: words and their box in pt. */
function pdfLines(path: string): { text: string; xMin: number; xMax: number; yMin: number }[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', path, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)].map((m) => ({
    text: [...m[4].matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' '),
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
  }));
}

test('PDF text sits where the SVG puts it: centred lines stay centred (English, 0.75 pt per px)', async ({ page }) => {
  await openApp(page, '?lang=en');
  const svg = (await exportAs(page, EN, { format: 'SVG', size: '1×' })).bytes.toString('utf8');
  const centres = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const figure = doc.querySelector('g.tm-figure')!;
    const [, tx, ty] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(figure.getAttribute('transform') ?? '')!.map(Number);
    return [...figure.querySelectorAll('text[text-anchor="middle"] tspan')].map((t) => ({ text: t.textContent ?? '', x: Number(t.getAttribute('x')) + tx, y: Number(t.getAttribute('y')) + ty }));
  }, svg);
  const path = saved('figure-2-en.pdf', (await exportAs(page, EN, { format: 'PDF', page: 'Figure size' })).bytes);
  const lines = pdfLines(path);
  const checked = ['Student entrepreneurship', 'Related competition', 'Secure a steady supply', 'Make a profit'];
  for (const label of checked) {
    const inSvg = centres.find((c) => c.text === label);
    const inPdf = lines.find((l) => l.text === label);
    expect(inSvg, label).toBeTruthy();
    expect(inPdf, label).toBeTruthy();
    expect(Math.abs((inPdf!.xMin + inPdf!.xMax) / 2 - inSvg!.x * 0.75), label).toBeLessThan(2);
  }
});

test.describe('SVG fonts', () => {
  test('embedded fonts: an @font-face with the subset as a data URL, text still text', async ({ page }) => {
    await openApp(page, '?lang=en');
    const file = await exportAs(page, EN, { format: 'SVG', svgText: 'Embed the fonts (subset)' });
    const svg = file.bytes.toString('utf8');
    expect(svg).toMatch(/@font-face\{font-family:"[A-Z]{6}-NotoSansSC";src:url\(data:font\/ttf;base64,[A-Za-z0-9+/=]{1000,}\)/);
    const check = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { errors: doc.querySelectorAll('parsererror').length, texts: doc.querySelectorAll('text').length, family: doc.documentElement.getAttribute('font-family') };
    }, svg);
    expect(check.errors).toBe(0);
    expect(check.texts).toBeGreaterThan(30);
    expect(check.family).toMatch(/^"[A-Z]{6}-NotoSansSC", /);
  });

  test('outlines: no text runs left, every label a path that keeps its words for screen readers', async ({ page }) => {
    await openApp(page, '?lang=zh');
    const plain = (await exportAs(page, ZH, { format: 'SVG' })).bytes.toString('utf8');
    const file = await exportAs(page, ZH, { format: 'SVG', svgText: '转为轮廓（用于 Word、PowerPoint、Inkscape）' });
    const check = await page.evaluate(([outlined, original]) => {
      const parse = (t: string) => new DOMParser().parseFromString(t, 'image/svg+xml');
      const doc = parse(outlined);
      const paths = [...doc.querySelectorAll('path.tm-text-outline')];
      return {
        errors: doc.querySelectorAll('parsererror').length,
        texts: doc.querySelectorAll('text, tspan').length,
        paths: paths.length,
        emptyPaths: paths.filter((p) => (p.getAttribute('d') ?? '').length < 10).length,
        labels: paths.map((p) => p.getAttribute('aria-label') ?? ''),
        originalTexts: parse(original).querySelectorAll('text').length,
      };
    }, [file.bytes.toString('utf8'), plain] as const);
    expect(check.errors).toBe(0);
    expect(check.texts).toBe(0);
    expect(check.paths).toBe(check.originalTexts);
    expect(check.emptyPaths).toBe(0);
    for (const label of ['学校', '学生', '智能制造企业', '关键资源']) expect(check.labels.some((l) => l.includes(label)), label).toBe(true);
  });
});

test.describe('black and white', () => {
  test('PNG, SVG and PDF have no chromatic colour; the colour export does', async ({ page }) => {
    await openApp(page, '?lang=zh');
    const colour = decodePng((await exportAs(page, ZH, { format: 'PNG', size: '1×' })).bytes);
    expect(maxChroma(colour)).toBeGreaterThan(60);

    const png = decodePng((await exportAs(page, ZH, { format: 'PNG', size: '1×', bw: true })).bytes);
    expect([png.width, png.height]).toEqual([colour.width, colour.height]);
    expect(maxChroma(png)).toBeLessThanOrEqual(2);

    const svg = (await exportAs(page, ZH, { format: 'SVG', bw: true })).bytes.toString('utf8');
    const paints = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const out: string[] = [];
      for (const el of doc.querySelectorAll('*')) for (const a of ['fill', 'stroke']) {
        const v = el.getAttribute(a);
        if (v && v !== 'none' && !v.startsWith('url(')) out.push(v);
      }
      return out;
    }, svg);
    expect(paints.length).toBeGreaterThan(100);
    const chromatic = paints.filter((v) => {
      const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(v);
      return !m || !(m[1] === m[2] && m[2] === m[3]);
    });
    expect(chromatic).toEqual([]);
    // Relation types still differ without colour: the dash patterns survive.
    expect(new Set([...svg.matchAll(/class="tm-edge"[^>]*stroke-dasharray="([^"]+)"/g)].map((m) => m[1])).size).toBeGreaterThan(1);

    const pdf = saved('bw.pdf', (await exportAs(page, ZH, { format: 'PDF', bw: true })).bytes);
    expect(maxChroma(pdfToPng(pdf))).toBeLessThanOrEqual(2);
    expect(pdftotext(pdf)).toContain('智能制造企业');
  });
});

test.describe('too large for a PNG', () => {
  test('a node at x = 1e9: the dialog says why PNG cannot be made, SVG and PDF still export it', async ({ page }) => {
    await openApp(page, '?lang=en');
    const doc = JSON.parse(readFileSync('examples/figure-1.json', 'utf8'));
    const far = doc.nodes.find((n: { id: string }) => n.id === 'actor-org');
    far.position.x = 1e9;
    await importJson(page, 'far.json', JSON.stringify(doc));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Y');

    await page.getByRole('toolbar').getByRole('button', { name: 'Export PNG' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    const reason = dialog.getByRole('alert');
    await expect(reason).toContainText('too large for a PNG at any size');
    await expect(reason).toContainText('16,384 px a side');
    await expect(dialog.getByRole('button', { name: 'Download' })).toBeDisabled();
    await reason.getByRole('button', { name: 'Export SVG instead' }).click();
    await expect(dialog.getByRole('radio', { name: 'SVG' })).toBeChecked();
    const svgFile = await downloadFrom(page, () => dialog.getByRole('button', { name: 'Download' }).click());
    const placed = await page.evaluate((text) => {
      const svg = new DOMParser().parseFromString(text, 'image/svg+xml');
      const line = [...svg.querySelectorAll('tspan')].find((t) => t.textContent === '"1+X" training and');
      return Number(line?.getAttribute('x'));
    }, svgFile.bytes.toString('utf8'));
    // Import keeps coordinates within ±10,000,000 px (issue 17); the far label is where the node is, not clamped by the browser.
    expect(placed).toBeGreaterThan(9e6);

    const pdfFile = await exportAs(page, EN, { format: 'PDF' });
    const path = saved('far.pdf', pdfFile.bytes);
    expect(pdftotext(path).replace(/\s+/g, ' ')).toContain('"1+X" training and evaluation organisation');
  });
});
