/**
 * Issue 6 in the real browser: adapting Figure 2 through the wizard, the diagram language switch,
 * the UI language from ?lang=, and share links (copied, then opened in a fresh browser context).
 */
import { expect, test } from '@playwright/test';
import { node, openApp, watchErrors } from './helpers';

test('adapts Figure 2 to 佛山 / 家电制造 through the wizard; the new labels are on the canvas', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=zh');
  await page.getByRole('toolbar').getByRole('button', { name: '适配到我的行业' }).click();
  const wizard = page.getByRole('dialog', { name: '适配到我的行业' });
  await wizard.getByLabel('地区', { exact: true }).fill('佛山');
  await wizard.getByLabel('行业', { exact: true }).fill('家电制造');
  await expect(wizard.getByLabel('企业', { exact: true })).toHaveValue('家电制造企业');
  await expect(wizard.getByRole('region', { name: '预览' })).toContainText('基于佛山家电制造特色的"1+X"证书制度实施的理论模型');
  await wizard.getByRole('button', { name: '生成我的模型' }).click();
  await expect(wizard).toHaveCount(0);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('基于佛山家电制造特色的"1+X"证书制度实施的理论模型');
  await expect(node(page, '关键主体：家电制造企业')).toBeVisible();
  await expect(page.getByRole('group', { name: '分组：家电制造企业的驱动力' })).toBeVisible();
  await expect(page.getByText('智能制造企业', { exact: true })).toHaveCount(0);
  // One undoable step: Undo brings Figure 2 back.
  await page.getByRole('toolbar').getByRole('button', { name: '撤销' }).click();
  await expect(node(page, '关键主体：智能制造企业')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the diagram language switch shows the English labels, marking what has no translation', async ({ page }) => {
  await openApp(page, '?lang=zh');
  await expect(node(page, '关键主体：学校')).toBeVisible();
  await page.getByRole('radiogroup', { name: '图的语言' }).getByText('English').click();
  // The UI is Chinese, so the accessible names use its full-width colon: "Key actor：School".
  await expect(node(page, 'Key actor：School')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/based on Ningbo's smart-manufacturing characteristics/);
  await expect(page.getByRole('region', { name: '图例' }).getByText('Cooperates with')).toBeVisible();
  // A label without an English translation stays Chinese, is marked, and is counted in the header.
  await node(page, 'Key actor：School').click();
  const english = page.getByLabel('标签', { exact: true });
  await english.fill('');
  await english.blur();
  await expect(node(page, 'Key actor：学校').locator('.is-untranslated')).toBeVisible();
  await page.getByRole('button', { name: '未翻译的标签：1' }).click();
  const problems = page.getByRole('region', { name: '问题' });
  // Elements are named as the canvas shows them (diagram language), the sentence in the UI language.
  await expect(problems.getByRole('button', { name: /Key actor“学校”没有英文译文/ })).toBeVisible();
});

test('?lang=zh shows Chinese commands and ?lang=en English ones', async ({ page }) => {
  await openApp(page, '?lang=zh');
  const toolbar = page.getByRole('toolbar', { name: '主工具栏' });
  for (const name of ['示例', '适配到我的行业', '查找和替换', '问题', '复制链接', '撤销']) await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '放大' })).toBeVisible(); // React Flow's own controls, translated
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  await expect(page).toHaveTitle(/理论模型编辑器$/);

  await openApp(page, '?lang=en');
  const en = page.getByRole('toolbar', { name: 'Main toolbar' });
  for (const name of ['Examples', 'Adapt to my industry', 'Find and replace', 'Problems', 'Copy link', 'Undo']) await expect(en.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(page).toHaveTitle(/Theory-model editor$/);
});

test('a copied link opened in a fresh browser shows the same model', async ({ browser }) => {
  const sender = await browser.newContext();
  await sender.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await sender.newPage();
  await openApp(page, '?lang=en');
  // A model other than the one a fresh page opens on: the Foshan example from the gallery.
  await page.getByRole('toolbar').getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('dialog', { name: 'Examples' }).getByRole('article', { name: /Foshan/ }).getByRole('button', { name: 'Open' }).click();
  const title = 'Theoretical model of Foshan\'s regional "X" certificate system';
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.getByRole('toolbar').getByRole('button', { name: 'Copy link' }).click();
  const share = page.getByRole('dialog', { name: 'Share by link' });
  await expect(share.getByRole('status')).toHaveText('The link is on the clipboard.');
  const shown = await share.getByLabel('Link to this model').inputValue();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(shown);
  expect(copied).toMatch(/#model=/);
  expect(copied.length).toBeLessThan(8000);
  const nodes = await page.locator('.react-flow__node').count();

  const receiver = await browser.newContext();
  const fresh = await receiver.newPage();
  const errors = watchErrors(fresh);
  await fresh.goto(copied);
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(node(fresh, 'Key actor: City-level industry organisation')).toBeVisible();
  await expect(fresh.locator('.react-flow__node')).toHaveCount(nodes);
  // The fragment is gone from the address once read, so a reload shows the saved draft.
  expect(new URL(fresh.url()).hash).toBe('');
  expect(errors).toEqual([]);
  await sender.close();
  await receiver.close();
});

test('a tampered link says so and the app opens as usual', async ({ page }) => {
  await page.goto('/?lang=en#model=N4IgdghgtgpiBcIDaB2ARg-this-is-not-a-model');
  await expect(page.getByRole('alert')).toContainText('The shared link could not be opened');
  await expect(node(page, 'Key actor: School')).toBeVisible();
});
