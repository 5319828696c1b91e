import { expect, test, type Page } from '@playwright/test';
import { dragNode, flowPosition, node, openApp, watchErrors } from './helpers';

/** Opens the text view from the View menu and returns its editor. */
async function openTextView(page: Page, names = { view: 'View', item: 'Text view', editor: 'Model as text' }) {
  await page.getByRole('menubar').getByRole('menuitem', { name: names.view }).click();
  await page.getByRole('menu', { name: names.view }).getByRole('menuitem', { name: names.item }).click();
  const editor = page.getByRole('textbox', { name: names.editor });
  await expect(editor).toBeVisible();
  return editor;
}

/** Starts from a new blank model (one undoable step), so the text is short enough to read whole. */
async function newModel(page: Page) {
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'New model' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
}

/** Types at the end of the editor's text, as a person does. */
async function typeAtEnd(page: Page, editor: ReturnType<Page['getByRole']>, text: string) {
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

const lines = (editor: ReturnType<Page['getByRole']>) => editor.evaluate((el) => [...el.querySelectorAll('.cm-line')].map((l) => l.textContent ?? ''));

test('a relation typed in the text view appears on the canvas', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=en');
  const edge = page.getByRole('group', { name: '"1+X" training and evaluation organisation → MOOC videos co-built by school and enterprise: Provides' });
  await expect(edge).toHaveCount(0);
  const editor = await openTextView(page);
  await expect(editor).toContainText('actor-org: actor');
  await typeAtEnd(page, editor, '\nactor-org -> res-mooc : provides');
  await expect(edge).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'The canvas follows the text.' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('moving a node on the canvas keeps the text’s lines and comments; a new node appears near its neighbour', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=en');
  await newModel(page);
  const editor = await openTextView(page);
  await typeAtEnd(page, editor, '\n# my own model\nschool: actor "School"   // the school\nfirm: 关键主体 "Firm"\nschool -> firm : cooperates\n');
  await expect(node(page, /^Key actor: School$/)).toBeVisible();
  await expect(node(page, /^Key actor: Firm$/)).toBeVisible();
  await expect(page.getByRole('group', { name: 'School → Firm: Cooperates with' })).toHaveCount(1);
  // The new node was placed beside the one it is connected to, not on top of it.
  const school = await flowPosition(page, /^Key actor: School$/);
  const firm = await flowPosition(page, /^Key actor: Firm$/);
  expect(Math.abs(firm.x - school.x) + Math.abs(firm.y - school.y)).toBeGreaterThan(100);
  expect(Math.abs(firm.x - school.x)).toBeLessThan(400);

  const before = await lines(editor);
  await page.getByRole('button', { name: 'Fit view' }).click();
  await dragNode(page, /^Key actor: School$/, 120, 90);
  await expect.poll(() => flowPosition(page, /^Key actor: School$/)).not.toEqual(school);
  expect(await lines(editor)).toEqual(before);
  expect(before).toContain('school: actor "School"   // the school');
  expect(before).toContain('firm: 关键主体 "Firm"');
  expect(errors).toEqual([]);
});

test('Undo once undoes a whole burst of typing', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=en');
  await newModel(page);
  const editor = await openTextView(page);
  const start = await lines(editor);
  // One burst: the canvas updates at each pause, and it is still one undo step.
  await typeAtEnd(page, editor, '\na: actor "Alpha"');
  await expect(node(page, /^Key actor: Alpha$/)).toBeVisible();
  await page.keyboard.type('\nb: actor "Beta"\na -> b : cooperates');
  await expect(page.getByRole('group', { name: 'Alpha → Beta: Cooperates with' })).toHaveCount(1);

  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect.poll(() => lines(editor)).toEqual(start);
  // Redo brings the burst back, text and canvas.
  await page.keyboard.press('Control+Shift+KeyZ'); // a real keyboard's Shift+Z (key "Z")
  await expect(node(page, /^Key actor: Beta$/)).toBeVisible();
  await expect(editor).toContainText('a -> b : cooperates');
  expect(errors).toEqual([]);
});

test('a syntax error gets a marker with a message in the UI language and leaves the canvas as it was', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=zh');
  const names = () => page.locator('.react-flow__node, .react-flow__edge').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')).sort());
  const canvas = await names();
  const editor = await openTextView(page, { view: '视图', item: '文本视图', editor: '模型文本' });
  await typeAtEnd(page, editor, '\nactor-school -> 无此节点 : provides');
  await expect(page.getByRole('status').filter({ hasText: '1 个问题——画布保留上一个正确的模型。' })).toBeVisible();
  await expect(page.getByRole('list', { name: '1 个问题——画布保留上一个正确的模型。' })).toContainText('没有 id 为“无此节点”的节点。');
  // The marker: CodeMirror's lint gutter and underline (they have no role of their own).
  await expect(page.locator('.cm-lint-marker-error')).toHaveCount(1);
  await expect(page.locator('.cm-lintRange-error')).toHaveText('无此节点');
  expect(await names()).toEqual(canvas);
  // Fixing the line applies it.
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('actor-school -> res-mooc : provides "自建"');
  await expect(page.getByRole('status').filter({ hasText: '画布与文本同步。' })).toBeVisible();
  await expect(page.locator('.cm-lint-marker-error')).toHaveCount(0);
  expect(errors).toEqual([]);
});
