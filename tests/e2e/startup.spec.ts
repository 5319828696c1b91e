import { expect, test } from '@playwright/test';
import { node, openApp, watchErrors } from './helpers';

const ACTORS = ['智能制造企业', '学校', '"1+X"培训评价组织', '学生'];
const FIG2_RESOURCES = ['"1+X"考证线上题库资源', '校企共建的慕课视频', '校企共建的工作任务书', '校企合作项目', '学生创业项目', '相关比赛项目'];

test('first start shows Figure 2 with every actor and resource, a legend and no console errors', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('基于宁波智能制造特色的"1+X"证书制度实施的理论模型');
  for (const label of ACTORS) await expect(node(page, `关键主体：${label}`)).toBeInViewport();
  for (const label of FIG2_RESOURCES) await expect(node(page, `关键资源：${label}`)).toBeInViewport();
  const legend = page.getByRole('region', { name: '图例' });
  await expect(legend.getByText('关键驱动力')).toBeVisible();
  await expect(legend.getByText('合作')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the English UI names the toolbar commands and the legend', async ({ page }) => {
  await openApp(page, '?lang=en');
  const toolbar = page.getByRole('toolbar');
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Redo' })).toBeVisible();
  const legend = page.getByRole('region', { name: 'Legend' });
  await expect(legend).toBeVisible();
  await legend.getByRole('button', { name: 'Hide legend' }).click();
  await expect(page.getByRole('region', { name: 'Legend' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show legend' }).click();
  await expect(page.getByRole('region', { name: 'Legend' })).toBeVisible();
});

test('every edge is drawn: as many edge paths as relations in the file', async ({ page }) => {
  await openApp(page, '?lang=zh');
  const expected = (await import('../../examples/figure-2.json', { with: { type: 'json' } })).default.edges.length;
  await expect(page.locator('.react-flow__edge-path')).toHaveCount(expected);
});

test('?example=figure-1 opens the Y school case', async ({ page }) => {
  await openApp(page, '?example=figure-1&lang=zh');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Y 校');
  await expect(node(page, '关键资源：直播基地智能制造产品的数字化运营数据')).toBeVisible();
});

test('an unknown ?example= says so and opens Figure 2 instead of a blank page', async ({ page }) => {
  await openApp(page, '?example=nope&lang=en');
  await expect(page.getByRole('status').filter({ hasText: 'nope' })).toBeVisible();
  await expect(node(page, /Key actor: School$/)).toBeVisible();
});

test('no Chinese label is clipped: every label fits inside its node', async ({ page }) => {
  await openApp(page, '?lang=zh');
  const overflowing = await page.locator('.tm-label').evaluateAll((labels) =>
    labels
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1 || (() => {
        const box = el.getBoundingClientRect();
        const outer = el.closest('.react-flow__node')!.getBoundingClientRect();
        return box.left < outer.left - 0.5 || box.right > outer.right + 0.5 || box.top < outer.top - 0.5 || box.bottom > outer.bottom + 0.5;
      })())
      .map((el) => el.textContent),
  );
  expect(overflowing).toEqual([]);
});

test('writes a screenshot of Figure 2 for the README', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await openApp(page, '?lang=zh');
  // The figure as it settles: routed (the canvas is busy while its edges are provisional lines).
  await expect(page.locator('.react-flow[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/figure-2.png' });
});
