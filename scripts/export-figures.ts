/**
 * Exports Figure 1 and Figure 2, in Chinese and in English, as PNG, SVG and PDF through the app's
 * own UI (toolbar, File menu, export dialog), plus a canvas screenshot and a Chromium rendering of
 * each SVG, so a person can open and look at every figure the tool prints (issue 10's closing check).
 * Render the PDFs with `pdftoppm -png -r 60 -singlefile F.pdf F-pdf`.
 *
 *   npm run build && npx vite preview --outDir dist --port 4421 --strictPort --host 127.0.0.1 &
 *   npx tsx scripts/export-figures.ts [--url=http://127.0.0.1:4421/] [--out=/tmp/figures]
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const url = flag('url') ?? 'http://127.0.0.1:4421/';
const out = flag('out') ?? '/tmp/figures';
mkdirSync(out, { recursive: true });

const L = {
  en: { dialog: 'Export image', download: 'Download', file: 'File' },
  zh: { dialog: '导出图片', download: '下载', file: '文件' },
} as const;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const figure of ['figure-1', 'figure-2'])
    for (const lang of ['zh', 'en'] as const) {
      const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${url}?example=${figure}&lang=${lang}`);
      await page.locator('.react-flow__node').first().waitFor();
      // The routes are drawn once the canvas is no longer busy (issue 10).
      await page.waitForFunction(() => !document.querySelector('.react-flow[aria-busy="true"]'), null, { timeout: 60_000 });
      await page.screenshot({ path: join(out, `${figure}-${lang}-canvas.png`) });
      for (const format of ['PNG', 'SVG', 'PDF'] as const) {
        if (format === 'PDF') {
          await page.getByRole('menubar').getByRole('menuitem', { name: L[lang].file }).click();
          await page.getByRole('menu', { name: L[lang].file }).getByRole('menuitem', { name: /PDF$/ }).click();
        } else {
          await page.getByRole('toolbar').getByRole('button', { name: format === 'PNG' ? /PNG$/ : /SVG$/ }).click();
        }
        const dialog = page.getByRole('dialog', { name: L[lang].dialog });
        await dialog.getByRole('radio', { name: format }).check();
        await dialog.getByTestId('export-output').waitFor();
        const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: L[lang].download }).click()]);
        await download.saveAs(join(out, `${figure}-${lang}.${format.toLowerCase()}`));
        await dialog.waitFor({ state: 'hidden' });
      }
      // The SVG as another program would show it: opened as a file by the browser.
      const svgPage = await context.newPage();
      await svgPage.goto(pathToFileURL(resolve(out, `${figure}-${lang}.svg`)).href);
      const size = await svgPage.evaluate(() => {
        const box = document.documentElement.getBoundingClientRect();
        return { width: Math.ceil(box.width), height: Math.ceil(box.height) };
      });
      await svgPage.setViewportSize(size);
      await svgPage.screenshot({ path: join(out, `${figure}-${lang}-svg.png`) });
      await context.close();
      console.log(`${figure} ${lang}: canvas, PNG, SVG, PDF in ${out}`);
    }
} finally {
  await browser.close();
}
