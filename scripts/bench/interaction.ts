import type { Page } from '@playwright/test';
import { findPanePoint, startFrames, stopFrames, waitAllMeasured } from '../../bench/page';
import { p } from './stats';

export type Interaction = {
  mount: number;
  /** The zoom both pages are measured at (after fit view). */
  zoom: number;
  panP50: number;
  panP95: number;
  dragP50: number;
  dragP95: number;
  commitsPerFrame: number;
  nodeRendersPerFrame: number;
  /** Every frame interval of the timed pan and drag (ms), so a run's runs can be pooled. */
  panFrames: number[];
  dragFrames: number[];
};

type Bench = { commits: number; nodeRenders: number; counting: boolean };

/**
 * One page: mount (until every node is measured), a 60-step pan on the empty pane, a 60-step
 * drag of a node (frame times), then the same drag again counting React commits and re-rendered
 * node wrappers (counting walks the fiber tree, so it is kept out of the timed drag).
 * For the editor, the model enters as a user's file would: "Import JSON" and the file chooser.
 */
export async function measureInteraction(page: Page, opts: { url: string; count: number; file?: Buffer }): Promise<Interaction> {
  await page.goto(opts.url);
  let mount: number;
  if (opts.file) {
    await page.locator('.react-flow__node').first().waitFor();
    await page.evaluate(() => document.addEventListener('change', () => ((window as unknown as { __t0: number }).__t0 = performance.now()), { capture: true, once: true }));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('toolbar').getByRole('button', { name: 'Import JSON', exact: true }).click()]);
    await chooser.setFiles({ name: 'bench.json', mimeType: 'application/json', buffer: opts.file });
  }
  mount = await page.evaluate(waitAllMeasured, { count: opts.count });
  // Equal framing (issue 15): the bare page fits all nodes at start (`fitView`); the editor is
  // framed by React Flow's own fit-view control, the same fit, so both pages draw all N nodes.
  if (opts.file) await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(600);
  const zoom = await page.evaluate(() => {
    const t = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
    return Number(/scale\(([^)]+)\)/.exec(t)?.[1] ?? NaN);
  });

  const pane = await page.evaluate(findPanePoint);
  let pan: number[] = [NaN];
  if (pane) {
    await page.evaluate(startFrames);
    await page.mouse.move(pane.x, pane.y);
    await page.mouse.down();
    for (let i = 1; i <= 60; i++) await page.mouse.move(pane.x + i * 3, pane.y + i * 2);
    await page.mouse.up();
    pan = await page.evaluate(stopFrames);
  }

  // The node nearest the pane's centre that is really under the pointer there (not covered by
  // a panel): dragging a covered node would drag nothing.
  const targetId = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    let best: { id: string; d: number } | null = null;
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const b = el.getBoundingClientRect();
      const x = b.left + b.width / 2;
      const y = b.top + Math.min(b.height / 2, 12);
      if (!el.contains(document.elementFromPoint(x, y))) continue;
      const d = Math.hypot(x - cx, y - cy);
      if (!best || d < best.d) best = { id: el.dataset.id ?? '', d };
    }
    return best?.id ?? '';
  });
  const target = page.locator(`.react-flow__node[data-id="${targetId}"]`);
  const drag = async () => {
    const box = (await target.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + Math.min(box.height / 2, 12);
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 60; i++) await page.mouse.move(x + i * 2, y + i);
    await page.mouse.up();
  };
  await page.evaluate(startFrames);
  await drag();
  const dragFrames = await page.evaluate(stopFrames);

  await page.evaluate(() => Object.assign((window as unknown as { __bench: Bench }).__bench, { commits: 0, nodeRenders: 0, counting: true }));
  await page.evaluate(startFrames);
  await drag();
  const frames = (await page.evaluate(stopFrames)).length || 1;
  const counted = await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench);
  mount = Math.round(mount);
  return {
    mount,
    zoom,
    panP50: p(pan, 0.5),
    panP95: p(pan, 0.95),
    dragP50: p(dragFrames, 0.5),
    dragP95: p(dragFrames, 0.95),
    commitsPerFrame: counted.commits / frames,
    nodeRendersPerFrame: counted.nodeRenders / frames,
    panFrames: pan,
    dragFrames,
  };
}
