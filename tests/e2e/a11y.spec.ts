/**
 * The automated accessibility check (issue 14 §6): axe on the editor in both languages, on the main
 * dialogs and panels, and on the menus, with no violation of impact serious or critical.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { node, openApp } from './helpers';

type Upload = { name: string; mimeType: string; buffer: Buffer };

/** The serious and critical violations axe finds on the page (or inside `include`), as readable lines. */
async function seriousViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')} — ${v.help}`));
}

async function fileMenu(page: Page, item: string | RegExp) {
  await page.getByRole('menubar').getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: item }).click();
}

async function expectClean(page: Page, open: Locator, include?: string) {
  await expect(open).toBeVisible();
  expect(await seriousViolations(page, include)).toEqual([]);
}

for (const lang of ['zh', 'en'] as const) {
  test(`the editor has no serious or critical violations (${lang})`, async ({ page }) => {
    await openApp(page, `?example=figure-2&lang=${lang}`);
    expect(await seriousViolations(page)).toEqual([]);
    // With a node selected (the Inspector shows its fields) and the File menu open.
    await node(page, lang === 'zh' ? /^关键主体：学生$/ : /^Key actor: Student$/).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('menubar').getByRole('menuitem', { name: lang === 'zh' ? '文件' : 'File' }).click();
    await expectClean(page, page.getByRole('menu').first());
  });
}

test('the main dialogs have no serious or critical violations', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page, '?example=figure-2&lang=en');
  const dialog = page.getByRole('dialog');
  const closeDialog = async () => {
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  };
  const items: (string | RegExp)[] = ['Export PNG', 'Export PDF', 'Export as…', 'Examples', /^Adapt/, 'Library…', 'Save a version…', 'Start live session', 'Copy link'];
  for (const item of items) {
    await fileMenu(page, item);
    await expectClean(page, dialog, 'dialog[open]');
    await closeDialog();
  }
  await page.getByRole('button', { name: 'Edit vocabulary' }).click();
  await expectClean(page, dialog, 'dialog[open]');
  await closeDialog();
  await page.keyboard.press('?');
  await expectClean(page, dialog, 'dialog[open]');
  await closeDialog();
  // Connect to…, from the context menu of a node.
  await node(page, /^Key actor: School$/).click({ button: 'right' });
  await expectClean(page, page.getByRole('menu', { name: 'Element actions' }));
  await page.getByRole('menuitem', { name: /^Connect to…/ }).click();
  await page.keyboard.type('Stud');
  await expectClean(page, dialog, 'dialog[open]');
  await closeDialog();
});

test('the tool panels and the import mapping have no serious or critical violations', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, '?example=figure-2&lang=en');
  await page.getByRole('button', { name: 'Find and replace' }).click();
  await page.getByRole('searchbox').or(page.getByRole('textbox', { name: /Find/ })).first().fill('学生');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Problems' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await fileMenu(page, 'Compare with another model…');
  expect(await seriousViolations(page)).toEqual([]);
  // Import: a CSV whose columns are not recognised asks which holds what.
  const csv: Upload = { name: 'people.csv', mimeType: 'text/plain', buffer: Buffer.from('Person;Role\nAlice;Teacher\n', 'utf8') };
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), fileMenu(page, 'Import…')]);
  await chooser.setFiles([csv]);
  await expectClean(page, page.getByRole('dialog', { name: 'Which column holds what?' }), 'dialog[open]');
});
