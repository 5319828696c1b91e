/**
 * Driving the built app as a user would, for the figures check: open an example in a language,
 * switch the diagram language, run an Auto layout preset from the split button's menu, type a
 * label in the Inspector, export JSON/SVG from the toolbar. UI names come from the app's own
 * strings, so the check works in both interface languages.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { en, zh, type StringKey } from '../../src/i18n/strings';
import { installNameShim } from './read';

export type Lang = 'zh' | 'en';
export const LAYOUTS = {
  figure: 'cmd.layout.figure',
  'layered-right': 'cmd.layout.layeredRight',
  'layered-down': 'cmd.layout.layeredDown',
  organic: 'cmd.layout.organic',
  radial: 'cmd.layout.radial',
} as const satisfies Record<string, StringKey>;
export type LayoutName = keyof typeof LAYOUTS;

export type ModelFile = {
  nodes: { id: string; kind: string; parent?: string }[];
  edges: { id: string; source: string; target: string; relation: string }[];
  vocabulary: { relationTypes: { id: string; label: string; labels?: Record<string, string> }[] };
};

const STRINGS = { en, zh } as const;

export class AppPage {
  readonly t: (key: StringKey) => string;
  constructor(readonly page: Page, readonly lang: Lang) {
    this.t = (key) => STRINGS[lang][key];
  }

  static async open(browser: Browser, baseUrl: string, example: string, lang: Lang): Promise<AppPage> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang === 'zh' ? 'zh-CN' : 'en-US', acceptDownloads: true });
    const page = await context.newPage();
    await installNameShim(page);
    const app = new AppPage(page, lang);
    await page.goto(`${baseUrl}/?example=${encodeURIComponent(example)}&lang=${lang}`);
    await page.locator('.react-flow__node').first().waitFor({ state: 'visible', timeout: 30_000 });
    await app.settle();
    return app;
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }

  private toolbarButton(key: StringKey) {
    return this.page.getByRole('toolbar').getByRole('button', { name: this.t(key), exact: true });
  }

  /**
   * Waits until no layout runs, nothing says it is busy (`aria-busy="true"`, which a router
   * working in its worker should set on the canvas) and nothing on the canvas has moved for three
   * polls in a row (node boxes, edge paths, label positions): the layout animation is over and
   * routes computed later have arrived.
   */
  async settle(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    let same = 0;
    while (Date.now() < deadline) {
      const now = await this.page.evaluate(() => {
        if (document.querySelector('.tm-layout-running, [aria-busy="true"]')) return 'running';
        const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((n) => `${n.dataset.id}:${n.style.transform}:${n.offsetWidth}x${n.offsetHeight}`);
        const edges = [...document.querySelectorAll('path.react-flow__edge-path')].map((p) => p.getAttribute('d'));
        const labels = [...document.querySelectorAll<HTMLElement>('.tm-edge-label')].map((l) => `${l.style.transform}:${l.offsetWidth}x${l.offsetHeight}`);
        return JSON.stringify([nodes, edges, labels, (document.querySelector('.react-flow__viewport') as HTMLElement | null)?.style.transform]);
      });
      same = now !== 'running' && now === last ? same + 1 : 0;
      last = now;
      if (same >= 3) return;
      await this.page.waitForTimeout(200);
    }
    throw new Error(`the canvas did not settle within ${timeoutMs} ms`);
  }

  /** Picks the diagram language in the header's switch (the canvas, legend and exports follow it). */
  async diagramLanguage(lang: Lang): Promise<void> {
    const radio = this.page.getByRole('radiogroup', { name: this.t('lang.diagram') }).getByRole('radio', { name: STRINGS[lang][`lang.${lang}`], exact: true });
    if (!(await radio.isChecked())) {
      await radio.check();
      await this.settle();
    }
  }

  /** Selects a node the way a keyboard user does: focus it, press Enter (React Flow's selection key). */
  async selectNode(id: string): Promise<void> {
    const node = this.page.locator(`.react-flow__node[data-id="${id.replace(/["\\]/g, '\\$&')}"]`);
    await node.focus();
    await this.page.keyboard.press('Enter');
    await node.and(this.page.locator('.selected')).waitFor({ timeout: 5_000 });
  }

  async clearSelection(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  /**
   * Runs one Auto layout preset from the layout menu and waits for it to finish and settle.
   * A layout the app stopped at its deadline is run once more: on a machine shared by several
   * builds that is load, not a property of the figure (the second failure is reported).
   */
  async layout(name: LayoutName, hub?: string): Promise<void> {
    if (name === 'radial') {
      if (!hub) throw new Error('radial layout needs a node to centre on');
      await this.selectNode(hub);
    }
    const outcome = await this.runLayout(name);
    if (outcome === 'timeout') {
      console.log(`  (${name} layout hit the app's deadline; running it once more)`);
      const again = await this.runLayout(name);
      if (again !== 'applied') throw new Error(`${name} layout did not finish twice: ${again}`);
    } else if (outcome !== 'applied') {
      throw new Error(`${name} layout did not finish: ${outcome}`);
    }
    await this.settle(60_000);
    if (name === 'radial') await this.clearSelection();
  }

  /**
   * Clicks the preset and waits for the app's `tm:layout:apply` mark (User Timing, set in
   * store/layoutActions.ts when the layout animation is over), not only for stillness: on a
   * starved machine the animation can stall for a second, and a still canvas mid-animation was
   * once measured as 4 overlaps that were not there. Returns 'applied', 'timeout' or the notice.
   */
  private async runLayout(name: LayoutName): Promise<string> {
    const count = () => this.page.evaluate(() => performance.getEntriesByName('tm:layout:apply').length);
    const before = await count();
    await this.page.getByRole('button', { name: this.t('cmd.layoutOptions'), exact: true }).click();
    const menu = this.page.getByRole('menu', { name: this.t('cmd.layoutOptions') });
    // Not exact: the checked item's name starts with its CSS check mark.
    await menu.getByRole('menuitemradio', { name: this.t(LAYOUTS[name]) }).click();
    const clicked = Date.now();
    let idleSince: number | undefined;
    while (Date.now() - clicked < 120_000) {
      if ((await count()) > before) return 'applied';
      const running = (await this.page.locator('.tm-layout-running').count()) > 0;
      idleSince = running ? undefined : (idleSince ?? Date.now());
      // Not running for 3 s and no mark: the layout ended without applying. Say why.
      if (idleSince !== undefined && Date.now() - idleSince > 3_000) {
        const notices = (await this.page.getByRole('alert').or(this.page.getByRole('status')).allInnerTexts()).filter(Boolean);
        if (notices.some((n) => n.includes(this.t('layout.timeout')))) return 'timeout';
        return notices.join(' | ') || 'no notice';
      }
      await this.page.waitForTimeout(200);
    }
    return 'still running after 120 s';
  }

  private async download(click: () => Promise<void>): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: 30_000 }), click()]);
    return readFile(await download.path(), 'utf8');
  }

  /** The model as the app holds it, through the toolbar's Export JSON. */
  async exportJson(): Promise<ModelFile> {
    return JSON.parse(await this.download(() => this.toolbarButton('cmd.exportJson').click())) as ModelFile;
  }

  /** The SVG a user downloads from the Export image dialog, with its default options. */
  async exportSvg(): Promise<string> {
    await this.toolbarButton('cmd.exportSvg').click();
    const dialog = this.page.getByRole('dialog', { name: this.t('export.title') });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: 'SVG', exact: true }).check();
    const text = await this.download(() => dialog.getByRole('button', { name: this.t('export.download'), exact: true }).click());
    await dialog.waitFor({ state: 'hidden' });
    return text;
  }

  /** Types `text` into the Inspector's "Label" field of node `id` (the diagram language) and leaves the field. */
  async typeLabel(id: string, text: string): Promise<void> {
    await this.selectNode(id);
    const field = this.page.getByRole('textbox', { name: this.t('inspector.label'), exact: true });
    await field.fill(text);
    await field.press('Tab');
    await this.clearSelection();
    await this.settle();
  }
}
