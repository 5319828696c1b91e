import { expect, test, type Page } from '@playwright/test';
import { node, openApp, routesDrawn, watchErrors } from './helpers';

const inspector = (page: Page, name = 'Inspector') => page.getByRole('complementary', { name });
const edgesNamed = (page: Page, relation: string) => page.locator(`.react-flow__edge[aria-label$=": ${relation}"]`);

test('renaming a node through the Inspector shows on the canvas as you type and is one undo step', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=en');
  await node(page, /^Key actor: School$/).click();

  const label = inspector(page).getByRole('textbox', { name: 'Label', exact: true });
  await expect(label).toHaveValue('School');
  await label.selectText();
  // Real keystrokes, one input event each: the canvas must follow every one, history must not.
  await label.pressSequentially('Y Vocational School');
  await expect(node(page, 'Key actor: Y Vocational School')).toBeVisible();
  await expect(node(page, 'Key actor: Y Vocational School').locator('.tm-label')).toHaveText('Y Vocational School');
  await label.press('Tab');

  const undo = page.getByRole('toolbar').getByRole('button', { name: 'Undo' });
  await undo.click();
  await expect(node(page, /^Key actor: School$/)).toBeVisible();
  await expect(node(page, 'Key actor: Y Vocational School')).toHaveCount(0);
  await expect(label).toHaveValue('School');
  // Exactly one step: nothing is left to undo.
  await expect(undo).toBeDisabled();
  expect(errors).toEqual([]);
});

test('the vocabulary editor recolours a kind in the legend and re-types the edges of a removed relation type', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=en');
  const legendSwatch = page.getByRole('region', { name: 'Legend' }).getByRole('listitem').filter({ hasText: 'Key actor' }).locator('.tm-swatch-kind');
  await expect(legendSwatch).toHaveCSS('border-top-color', 'rgb(31, 78, 121)');

  await page.getByRole('toolbar').getByRole('button', { name: 'Edit vocabulary' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vocabulary' });
  await expect(dialog).toBeVisible();

  await dialog.getByRole('group', { name: 'Key actor' }).getByLabel('Colour').fill('#ff0000');
  await expect(legendSwatch).toHaveCSS('border-top-color', 'rgb(255, 0, 0)');
  await expect(node(page, /^Key actor: School$/).locator('.tm-node')).toHaveCSS('border-top-color', 'rgb(255, 0, 0)');

  await expect(edgesNamed(page, 'Takes part with')).toHaveCount(2);
  await expect(edgesNamed(page, 'Cooperates with')).toHaveCount(2);
  const takesPart = dialog.getByRole('group', { name: 'Takes part with' });
  await takesPart.getByRole('button', { name: 'Remove Takes part with' }).click();
  await expect(takesPart.getByText('2 relations are “Takes part with”. Which type should they become?')).toBeVisible();
  await takesPart.getByRole('combobox', { name: 'Replace with' }).selectOption({ label: 'Cooperates with' });
  await takesPart.getByRole('button', { name: 'Remove and reassign' }).click();

  await expect(dialog.getByRole('group', { name: 'Takes part with' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await expect(edgesNamed(page, 'Takes part with')).toHaveCount(0);
  await expect(edgesNamed(page, 'Cooperates with')).toHaveCount(4);
  await expect(page.getByRole('region', { name: 'Legend' }).getByText('Takes part with')).toHaveCount(0);

  // The removal and its reassignment are one step.
  await page.getByRole('toolbar').getByRole('button', { name: 'Undo' }).click();
  await expect(edgesNamed(page, 'Takes part with')).toHaveCount(2);
  await expect(edgesNamed(page, 'Cooperates with')).toHaveCount(2);
  await expect(legendSwatch).toHaveCSS('border-top-color', 'rgb(255, 0, 0)');
  expect(errors).toEqual([]);
});

test('the Inspector edits an edge’s relation among the allowed types, in Chinese', async ({ page }) => {
  await openApp(page, '?lang=zh');
  // Click on the drawn line once the routes are in: the centre of a routed edge's box is often
  // not on the edge (it has elbows), so a click there could select nothing.
  await routesDrawn(page);
  const onLine = await page
    .locator('.react-flow__edge[aria-label="学生 → 学校：配合参与"] path.react-flow__edge-path')
    .evaluate((path: SVGPathElement) => {
      const p = path.getPointAtLength(path.getTotalLength() * 0.3).matrixTransform(path.getScreenCTM()!);
      return { x: p.x, y: p.y };
    });
  await page.mouse.click(onLine.x, onLine.y);
  const relation = inspector(page, '检查器').getByRole('combobox', { name: '关系' });
  await expect(relation).toHaveValue('takes-part');
  // Between two actors only "cooperates" and "takes part" are allowed.
  await expect(relation.locator('option')).toHaveText(['合作', '配合参与']);
  await relation.selectOption({ label: '合作' });
  await expect(page.locator('.react-flow__edge[aria-label="学生 → 学校：合作"]')).toHaveCount(1);
});
