import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { readPngDpi } from '../../src/io/export/png';
import { bigModel } from '../../src/io/export/testing/bigModel';
import { serializeModel } from '../../src/io/serialize';
import { node, openApp, watchErrors } from './helpers';
import { canvasState, decodePng, downloadFrom, exportImage, exportJson, importJson, toolbarButton } from './exportHelpers';

const figure1 = () => readFile('examples/figure-1.json', 'utf8');

test.describe('JSON', () => {
  test('Export JSON then Import JSON restores the same model, as one undoable step', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page, '?lang=en');
    const original = await exportJson(page);
    const before = await canvasState(page);

    await importJson(page, 'figure-1.json', await figure1());
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Y');
    await importJson(page, 'exported.json', original);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(before.title!);
    expect(await canvasState(page)).toEqual(before);
    expect(await exportJson(page)).toBe(original); // byte for byte

    // Replacing the model is one step: Undo brings back Figure 1, not an empty history.
    await toolbarButton(page, 'Undo').click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Y');
    expect(errors).toEqual([]);
  });

  test('a file dropped on the canvas is imported through the same path', async ({ page }) => {
    await openApp(page, '?lang=en');
    const text = await figure1();
    const data = await page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'figure-1.json', { type: 'application/json' }));
      return dt;
    }, text);
    const pane = page.locator('.react-flow');
    await pane.dispatchEvent('dragover', { dataTransfer: data });
    await expect(page.getByText('Drop a .json file to open it')).toBeVisible();
    await pane.dispatchEvent('drop', { dataTransfer: data });
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Y');
    await expect(page.getByText('Drop a .json file to open it')).toHaveCount(0);
  });

  test('each bad file shows an alert and leaves the open model exactly as it was', async ({ page }) => {
    await openApp(page, '?lang=en');
    const good = await exportJson(page);
    const before = await canvasState(page);
    const doc = JSON.parse(good);
    const bad: [string, string, RegExp][] = [
      ['truncated.json', good.slice(0, Math.floor(good.length / 2)), /not valid JSON/],
      ['empty.json', '', /empty/],
      ['react-flow.json', '{"nodes":[],"edges":[]}', /not a theory-model file/],
      ['future.json', JSON.stringify({ ...doc, version: 99 }), /newer version/],
      ['wrong-types.json', JSON.stringify({ ...doc, nodes: [{ ...doc.nodes[0], position: { x: 'left', y: 0 } }, ...doc.nodes.slice(1)] }), /nodes\[0\]\.position\.x/],
      ['huge-number.json', good.replace(/"x": -?[\d.]+/, '"x": 1e999'), /Infinity/],
    ];
    for (const [name, text, reason] of bad) {
      await importJson(page, name, text);
      const alert = page.getByRole('alert');
      await expect(alert, name).toContainText(name);
      await expect(alert, name).toContainText('The open model was not changed');
      await expect(alert, name).toContainText(reason);
      expect(await canvasState(page), name).toEqual(before);
      await alert.getByRole('button', { name: 'Dismiss' }).click();
      await expect(page.getByRole('alert')).toHaveCount(0);
    }
    expect(await exportJson(page)).toBe(good);
  });

  test('an imported file that needed repairs says what was repaired', async ({ page }) => {
    await openApp(page, '?lang=en');
    const doc = JSON.parse(await figure1());
    doc.edges.push({ id: 'dangling', source: doc.nodes[0].id, target: 'nowhere', relation: doc.edges[0].relation });
    await importJson(page, 'repaired.json', JSON.stringify(doc));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Y');
    const notice = page.getByRole('status').filter({ hasText: /imported with \d+ repairs?:/ });
    await expect(notice).toContainText('dangling');
  });
});

/** Counts pixels that differ by more than a little in any channel. */
function diffMask(a: ReturnType<typeof decodePng>, b: ReturnType<typeof decodePng>): Uint8Array {
  const mask = new Uint8Array(a.width * a.height);
  for (let i = 0; i < mask.length; i++) {
    const k = i * 4;
    if (Math.max(...[0, 1, 2, 3].map((c) => Math.abs(a.data[k + c] - b.data[k + c]))) > 24) mask[i] = 1;
  }
  return mask;
}

/** Points along each edge of an exported SVG (in its CSS px), measured by the browser. */
async function edgeSamples(page: Page, svgText: string): Promise<{ x: number; y: number }[]> {
  const other = await page.context().newPage();
  await other.setContent('<body style="margin:0"></body>');
  const points = await other.evaluate((text) => {
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
    const [, , w, h] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
    svg.setAttribute('width', String(w));
    svg.setAttribute('height', String(h));
    document.body.appendChild(svg);
    const out: { x: number; y: number }[] = [];
    for (const path of svg.querySelectorAll<SVGPathElement>('path.tm-edge')) {
      const len = path.getTotalLength();
      const ctm = path.getCTM()!;
      for (const f of [0.2, 0.35, 0.65, 0.8]) {
        const p = path.getPointAtLength(len * f).matrixTransform(ctm);
        out.push({ x: p.x, y: p.y });
      }
    }
    return out;
  }, svgText);
  await other.close();
  return points;
}

test.describe('PNG and SVG', () => {
  test('PNG has the size its scale implies, the DPI in pHYs, and is not blank', async ({ page }) => {
    await openApp(page, '?lang=en');
    const one = await exportImage(page, { size: '1×' });
    const two = await exportImage(page, { size: '2×' });
    const print = await exportImage(page, { size: '300 dpi' });
    const [p1, p2, p300] = [one, two, print].map((f) => decodePng(f.bytes));
    expect([p2.width, p2.height]).toEqual([p1.width * 2, p1.height * 2]);
    expect([p300.width, p300.height]).toEqual([Math.floor(p1.width * 3.125), Math.floor(p1.height * 3.125)]);
    expect(two.outputText).toContain(`${p2.width.toLocaleString('en-US')} × ${p2.height.toLocaleString('en-US')} px`);
    // The figure is at least as large as the model's nodes at 100 % zoom.
    const zoom = await page.evaluate(() => Number(/scale\(([\d.]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)?.[1]));
    const nodesWidth = await page.locator('.react-flow__nodes').evaluate((el) => {
      const rects = [...el.querySelectorAll('.react-flow__node')].map((n) => n.getBoundingClientRect());
      return Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left));
    });
    expect(p1.width).toBeGreaterThan(nodesWidth / zoom);

    expect(readPngDpi(new Uint8Array(print.bytes))).toMatchObject({ pixelsPerUnitX: 11811, pixelsPerUnitY: 11811, unit: 1 });
    expect(readPngDpi(new Uint8Array(two.bytes))?.dpiX).toBeCloseTo(192, 0);
    expect(print.name).toMatch(/-300dpi\.png$/);

    const colours = new Set<number>();
    for (let i = 0; i < p2.data.length; i += 4 * 97) colours.add((p2.data[i] << 16) | (p2.data[i + 1] << 8) | p2.data[i + 2]);
    expect(colours.size).toBeGreaterThan(20);
  });

  test('PNG contains the edges: removing them changes the image where the edges run', async ({ page }) => {
    await openApp(page, '?lang=en');
    const original = await exportJson(page);
    const options = { size: '2×', title: false, legend: false } as const;
    const withEdges = decodePng((await exportImage(page, options)).bytes);
    const svg = (await exportImage(page, { ...options, format: 'SVG' })).bytes.toString('utf8');

    const doc = JSON.parse(original);
    await importJson(page, 'no-edges.json', JSON.stringify({ ...doc, edges: [] }));
    await expect(page.locator('.react-flow__edge')).toHaveCount(0);
    const withoutEdges = decodePng((await exportImage(page, options)).bytes);

    expect([withoutEdges.width, withoutEdges.height]).toEqual([withEdges.width, withEdges.height]);
    const mask = diffMask(withEdges, withoutEdges);
    const changed = mask.reduce((n, v) => n + v, 0);
    expect(changed).toBeGreaterThan(mask.length * 0.005); // thin lines, but every edge and its label

    // Where the SVG export draws each edge, the PNG must differ (within 4 px at 2×).
    const samples = await edgeSamples(page, svg);
    expect(samples.length).toBe(doc.edges.length * 4);
    const near = (x: number, y: number) => {
      for (let dy = -4; dy <= 4; dy++) for (let dx = -4; dx <= 4; dx++) {
        const px = Math.round(x * 2) + dx;
        const py = Math.round(y * 2) + dy;
        if (px >= 0 && py >= 0 && px < withEdges.width && py < withEdges.height && mask[py * withEdges.width + px]) return true;
      }
      return false;
    };
    const hits = samples.filter((p) => near(p.x, p.y)).length;
    expect(hits / samples.length).toBeGreaterThan(0.9);
  });

  test('transparent background, and no editor chrome even with a selection', async ({ page }) => {
    await openApp(page, '?lang=en');
    await node(page, /School$/).click();
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
    const selected = decodePng((await exportImage(page, { size: '1×', background: 'Transparent' })).bytes);
    expect(selected.data[3]).toBe(0); // a corner pixel is transparent
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
    const plain = decodePng((await exportImage(page, { size: '1×', background: 'Transparent' })).bytes);
    const changed = diffMask(selected, plain).reduce((n, v) => n + v, 0);
    expect(changed).toBe(0); // the selection outline is not exported
  });

  test('SVG is vector with the Chinese labels as text, sized by the scale', async ({ page }) => {
    await openApp(page, '?lang=zh');
    await page.getByRole('toolbar').getByRole('button', { name: '导出 SVG' }).click();
    const dialog = page.getByRole('dialog', { name: '导出图片' });
    await expect(dialog.getByRole('radio', { name: 'SVG' })).toBeChecked();
    await dialog.getByRole('combobox', { name: '尺寸' }).selectOption({ label: '2×' });
    await expect(dialog.getByTestId('export-output')).toContainText('矢量图');
    const file = await downloadFrom(page, () => dialog.getByRole('button', { name: '下载' }).click());
    expect(file.name).toBe('基于宁波智能制造特色的1+X证书制度实施的理论模型.svg');
    const text = file.bytes.toString('utf8');
    expect(text).not.toContain('foreignObject');
    const checks = await page.evaluate((svgText) => {
      const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
      const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
      const root = doc.documentElement;
      const [, , w, h] = (root.getAttribute('viewBox') ?? '').split(' ').map(Number);
      return { errors: doc.querySelectorAll('parsererror').length, texts, w, h, width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')), edges: doc.querySelectorAll('path.tm-edge').length };
    }, text);
    expect(checks.errors).toBe(0);
    // A label the canvas wraps onto two lines is two tspans in the SVG, broken at the same place.
    const canvasLines = await page.locator('.tm-label', { hasText: '提供考证资源' }).evaluate((el) => {
      const text = el.firstChild as Text;
      const tops = new Map<number, string>();
      for (let i = 0; i < text.length; i++) {
        const r = document.createRange();
        r.setStart(text, i);
        r.setEnd(text, i + 1);
        const top = Math.round(r.getBoundingClientRect().top);
        tops.set(top, (tops.get(top) ?? '') + text.data[i]);
      }
      return [...tops.values()];
    });
    expect(canvasLines.length).toBeGreaterThan(1);
    const svgLines = await page.evaluate((svgText) => {
      const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
      const t = [...doc.querySelectorAll('text')].find((el) => el.textContent?.startsWith('提供考证资源'));
      return [...(t?.querySelectorAll('tspan') ?? [])].map((s) => s.textContent);
    }, text);
    expect(svgLines).toEqual(canvasLines);
    expect([checks.width, checks.height]).toEqual([checks.w * 2, checks.h * 2]);
    for (const label of ['学校', '学生', '智能制造企业', '关键资源', '驱动', '图例']) expect(checks.texts.some((t) => t.includes(label)), label).toBe(true);
    const json = await downloadFrom(page, () => page.getByRole('toolbar').getByRole('button', { name: '导出 JSON' }).click());
    expect(checks.edges).toBe(JSON.parse(json.bytes.toString('utf8')).edges.length);
  });

  test('Copy image puts the PNG on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page, '?lang=en');
    const downloaded = decodePng((await exportImage(page, { size: '1×' })).bytes);
    await toolbarButton(page, 'Export PNG').click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByRole('combobox', { name: 'Size' }).selectOption({ label: '1×' });
    await dialog.getByRole('button', { name: 'Copy image' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The image is on the clipboard.' })).toBeVisible();
    const base64 = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const blob = await item.getType('image/png');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    });
    const copied = decodePng(Buffer.from(base64, 'base64'));
    expect([copied.width, copied.height]).toEqual([downloaded.width, downloaded.height]);
  });

  test('a model too large for the canvas at 4× is reduced with a message, never blank', async ({ page }) => {
    await openApp(page, '?lang=en');
    await importJson(page, 'wide.json', serializeModel(bigModel({ nodes: 120, columns: 60, groups: 0, edgesPerNode: 0.5 })));
    await expect(page.locator('.react-flow__node')).toHaveCount(120);
    await toolbarButton(page, 'Export PNG').click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByRole('combobox', { name: 'Size' }).selectOption({ label: '4×' });
    await expect(dialog.getByRole('status')).toContainText('canvas limit');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    const file = await exportImage(page, { size: '4×', legend: false });
    const png = decodePng(file.bytes);
    expect(png.width).toBeLessThanOrEqual(16384);
    expect(png.width).toBeGreaterThan(16000); // as large as allowed, not needlessly small
    await expect(page.getByRole('status').filter({ hasText: 'too large for the browser' })).toBeVisible();
    const dpi = readPngDpi(new Uint8Array(file.bytes))!.dpiX;
    expect(dpi).toBeLessThan(4 * 96); // the DPI written is the one achieved
  });
});

test.describe('hostile labels', () => {
  const IMG = '<img src=x onerror="window.__pwned=1">';
  const SCRIPT = '<script>window.__pwned=1</script>';

  test('never run script: canvas, PNG, SVG and file names keep them as text', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page, '?lang=en');
    const doc = JSON.parse(await exportJson(page));
    // The English view shows translations where they exist: drop them so the hostile originals show.
    type Item = { kind?: string; label: string; labels?: Record<string, string> };
    const hostile = (item: Item, text: string) => {
      item.label = text;
      delete item.labels;
    };
    hostile(doc.nodes.find((n: Item) => n.kind !== 'group'), IMG);
    hostile(doc.nodes.find((n: Item) => n.kind === 'group'), SCRIPT);
    hostile(doc.vocabulary.nodeKinds[0], SCRIPT);
    hostile(doc.edges[0], IMG);
    doc.meta.title = IMG;
    delete doc.meta.labels;
    await importJson(page, 'hostile.json', JSON.stringify(doc));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(IMG);
    await expect(page.locator('.tm-label').filter({ hasText: IMG })).toBeVisible();
    await expect(page.locator('.tm-group-title').filter({ hasText: SCRIPT })).toBeVisible();
    expect(await page.locator('.react-flow img, .react-flow script').count()).toBe(0);

    const png = await exportImage(page, { size: '1×' });
    expect(png.name).not.toMatch(/[<>"/\\]/);
    const svg = await exportImage(page, { format: 'SVG' });
    expect(svg.name).not.toMatch(/[<>"/\\]/);
    const json = await exportJson(page);
    expect(JSON.parse(json).meta.title).toBe(IMG);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    const text = svg.bytes.toString('utf8');
    expect(text).not.toContain('<script');
    expect(text).not.toContain('<img');
    expect(text).toContain('&lt;img src=x onerror="window.__pwned=1"&gt;');

    // Open the exported SVG as a document of its own: still nothing runs.
    await page.route('**/__exported.svg', (route) => route.fulfill({ contentType: 'image/svg+xml', body: text }));
    await page.goto('/__exported.svg');
    expect(await page.evaluate(() => document.querySelectorAll('script, img, foreignObject').length)).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });
});
