import { expect, test, type Page } from '@playwright/test';
import { node, openApp, watchErrors } from './helpers';

/** What has keyboard focus: a node or an edge of the canvas (by its accessible name), or something else. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const item = el?.closest('.react-flow__node, .react-flow__edge');
    if (!item) return { kind: 'other', name: el?.getAttribute('aria-label') ?? el?.textContent?.slice(0, 40) ?? '' };
    return { kind: item.classList.contains('react-flow__edge') ? 'edge' : 'node', name: item.getAttribute('aria-label') ?? '' };
  });

/** Presses Tab until a canvas element has focus; returns how many presses that took. */
async function tabToCanvas(page: Page, limit = 80) {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).kind !== 'other') return i;
  }
  throw new Error('Tab never reached the canvas');
}

test('Tab reaches the nodes in model order (groups, then their members) before any edge, and E steps through a node’s relations', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?example=figure-2&lang=en');
  const order = await page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
  const presses = await tabToCanvas(page);
  // Before, the 26 edges came first: 46 presses to the first node.
  expect(presses).toBeLessThan(40);
  expect(await focused(page)).toEqual({ kind: 'node', name: 'Group: Training organisation drivers' });
  for (const name of order.slice(1, 8)) {
    await page.keyboard.press('Tab');
    expect(await focused(page)).toEqual({ kind: 'node', name });
  }
  // Student: E goes to its relations, in and out, and on; Shift+E back; Esc returns to the node.
  await node(page, /^Key actor: Student$/).focus();
  await page.keyboard.press('e');
  const first = await focused(page);
  expect(first.kind).toBe('edge');
  expect(first.name).toContain('Student');
  await page.keyboard.press('e');
  const second = await focused(page);
  expect(second.kind).toBe('edge');
  expect(second.name).not.toBe(first.name);
  await page.keyboard.press('Shift+E');
  expect(await focused(page)).toEqual(first);
  // The relation reached is selected, so the Inspector shows it.
  await expect(page.getByRole('group', { name: first.name })).toHaveClass(/selected/);
  await page.keyboard.press('Escape');
  expect(await focused(page)).toEqual({ kind: 'node', name: 'Key actor: Student' });
  // Tab from a relation goes on to the node after its node, not back to the start of the canvas.
  await page.keyboard.press('e');
  await page.keyboard.press('Tab');
  const after = order[order.indexOf('Key actor: Student') + 1];
  expect(await focused(page)).toEqual({ kind: 'node', name: after });
  expect(errors).toEqual([]);
});

test('A relation is created by keyboard alone: Tab to a node, Connect to…, pick the target and the type by name, Enter', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?example=figure-2&lang=en');
  const made = page.getByRole('group', { name: 'School → Student: Takes part with' });
  await expect(made).toHaveCount(0);
  await tabToCanvas(page);
  // Tab along the nodes to the School.
  for (let i = 0; i < 40 && (await focused(page)).name !== 'Key actor: School'; i++) await page.keyboard.press('Tab');
  expect(await focused(page)).toEqual({ kind: 'node', name: 'Key actor: School' });
  await page.keyboard.press('Enter'); // selects it
  await page.keyboard.press('c'); // Connect to…
  const dialog = page.getByRole('dialog', { name: 'Connect “School” to…' });
  await expect(dialog).toBeVisible();
  const target = dialog.getByRole('combobox', { name: 'Target' });
  await expect(target).toBeFocused();
  // A label in the other language finds it too.
  await page.keyboard.type('学生');
  await expect(dialog.getByRole('option', { name: /^Student Key actor/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter'); // takes the highlighted target
  await expect(target).toHaveValue('Student');
  const relations = dialog.getByRole('group', { name: 'Relation type' });
  await expect(relations.getByRole('radio', { name: 'Cooperates with' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(relations.getByRole('radio', { name: 'Cooperates with' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(relations.getByRole('radio', { name: 'Takes part with' })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(made).toHaveCount(1);
  // One undo step takes it away again.
  await page.keyboard.press('Control+z');
  await expect(made).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('Connect to… offers only what the relation rules allow (Chinese UI)', async ({ page }) => {
  await openApp(page, '?example=figure-2&lang=zh');
  await node(page, /^关键驱动力：实践技能岗位$/).click();
  await page.getByRole('menuitem', { name: '编辑' }).click();
  await page.getByRole('menuitem', { name: '连接到…' }).click();
  const dialog = page.getByRole('dialog', { name: '将“实践技能岗位”连接到…' });
  // A driver only motivates actors: the four actors are offered, no driver, resource or group.
  await expect(dialog.getByRole('option')).toHaveCount(4);
  await dialog.getByRole('combobox', { name: '目标' }).fill('school');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('radio')).toHaveCount(1);
  await expect(dialog.getByRole('radio', { name: '驱动' })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('The context menu: right click, Shift+F10 and the Menu key offer the commands that apply; arrows move, Esc closes and focus returns', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?example=figure-2&lang=en');
  const student = node(page, /^Key actor: Student$/);
  await student.click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Element actions' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await expect(menu.getByRole('menuitem', { name: /^Connect to…/ })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /^Focus on selection/ }).first()).toBeVisible();
  // Nothing that does not apply: no Ungroup for an actor, no End focus without a focus.
  await expect(menu.getByRole('menuitem', { name: /^Ungroup/ })).toHaveCount(0);
  await expect(menu.getByRole('menuitem', { name: /^End focus/ })).toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem').nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(student).toBeFocused();

  // From the keyboard on the focused node: Shift+F10, then run Focus from the menu.
  await page.keyboard.press('Shift+F10');
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: /^Focus on selection$/ }).press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Focused on Student' })).toBeVisible();

  // The Menu key on a relation reached with E: the relation's menu.
  await student.focus();
  await page.keyboard.press('e');
  await page.keyboard.press('ContextMenu');
  const edgeMenu = page.getByRole('menu', { name: 'Relation actions' });
  await expect(edgeMenu.getByRole('menuitem', { name: /^Delete/ })).toBeVisible();
  await expect(edgeMenu.getByRole('menuitem', { name: /^End focus/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(edgeMenu).toHaveCount(0);

  // Right click on the empty canvas: the canvas's commands.
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  await page.mouse.click(box.x + box.width - 260, box.y + 60, { button: 'right' });
  const paneMenu = page.getByRole('menu', { name: 'Canvas actions' });
  await expect(paneMenu.getByRole('menuitem', { name: /^Fit view/ })).toBeVisible();
  await paneMenu.getByRole('menuitem', { name: /^Add a node/ }).click();
  await expect(paneMenu).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('A new node starts with its label being edited: typing names it, Enter returns to the canvas, undo is one step each', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?example=figure-2&lang=en');
  const before = await page.locator('.react-flow__node').count();
  await page.getByRole('button', { name: 'Add Driver', exact: true }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(before + 1);
  const label = page.getByRole('textbox', { name: 'Label', exact: true });
  await expect(label).toBeFocused();
  // The text is selected, so typing replaces it.
  expect(await label.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe(await label.inputValue());
  await page.keyboard.type('Win a regional award');
  await page.keyboard.press('Enter');
  const added = node(page, /: Win a regional award$/);
  await expect(added).toBeFocused();
  // Undo: first the label, then the node.
  await page.keyboard.press('Control+z');
  await expect(added).toHaveCount(0);
  await expect(page.locator('.react-flow__node')).toHaveCount(before + 1);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(before);

  // Double-click on the canvas: the same; Esc ends the edit.
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  await page.mouse.dblclick(box.x + box.width - 300, box.y + 80);
  await expect(label).toBeFocused();
  await page.keyboard.type('Another');
  await page.keyboard.press('Escape');
  await expect(node(page, /: Another$/)).toBeFocused();
  expect(errors).toEqual([]);
});
