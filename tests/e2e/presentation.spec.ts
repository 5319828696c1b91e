import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { downloadFrom, exportJson, importJson, toolbarButton } from './exportHelpers';
import { node, openApp, watchErrors } from './helpers';

/** How opaque the node is drawn (a step dims what it does not show, by opacity). */
const opacity = (page: Page, name: RegExp) => node(page, name).evaluate((el) => Number(getComputedStyle(el).opacity));

const presentation = (page: Page, name = 'Presentation') => page.getByRole('region', { name });
const counter = (page: Page) => presentation(page).getByRole('status');

async function openSteps(page: Page) {
  await page.getByRole('menubar').getByRole('menuitem', { name: 'View', exact: true }).click();
  await page.getByRole('menuitem', { name: /^Presentation steps…/ }).click();
  await expect(page.getByRole('region', { name: 'Presentation steps' })).toBeVisible();
}

test('Presentation mode steps through Figure 2 from the keyboard and exits', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?example=figure-2&lang=en');
  await page.keyboard.press('F5');
  await expect(presentation(page)).toBeVisible();
  // No editing chrome: the menu bar, toolbar, palette and inspector are gone.
  await expect(page.getByRole('menubar')).toBeHidden();
  await expect(page.getByRole('toolbar')).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeHidden();
  await expect(counter(page)).toHaveText(/^Step 1 of 7\s*Key actor$/);
  // Step 1, the actors: the drivers are dimmed, the actors are not.
  expect(await opacity(page, /^Key actor: Student$/)).toBe(1);
  expect(await opacity(page, /: Make a profit$/)).toBeLessThan(0.5);

  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(/^Step 2 of 7/);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Space');
  await expect(counter(page)).toHaveText(/^Step 4 of 7\s*Student and its Driver$/);
  // The student with its drivers: its own drivers are shown, another actor's are dimmed.
  expect(await opacity(page, /: Run a start-up project$/)).toBe(1);
  expect(await opacity(page, /: Make a profit$/)).toBeLessThan(0.5);
  expect(await opacity(page, /^Key actor: School$/)).toBeLessThan(0.5);
  await page.keyboard.press('PageUp');
  await expect(counter(page)).toHaveText(/^Step 3 of 7/);
  await page.keyboard.press('ArrowLeft');
  await expect(counter(page)).toHaveText(/^Step 2 of 7/);
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText(/^Step 7 of 7\s*The relations$/);
  expect(await opacity(page, /: Make a profit$/)).toBe(1);
  // Speaker notes: N shows them (no notes and no descriptions here: it says so).
  await page.keyboard.press('n');
  await expect(presentation(page).getByRole('complementary', { name: 'Speaker notes' })).toContainText('No notes for this step.');
  // Editing keys do nothing while presenting.
  await page.keyboard.press('Delete');
  await page.keyboard.press('Escape');
  await expect(presentation(page)).toBeHidden();
  await expect(page.getByRole('menubar')).toBeVisible();
  await expect(node(page, /: Make a profit$/)).toBeVisible();
  expect(await opacity(page, /: Make a profit$/)).toBe(1);
  await expect(page.getByRole('group', { name: /^Key actor: / })).toHaveCount(4);
  expect(errors).toEqual([]);
});

test('A click steps on, a right click steps back (Chinese UI)', async ({ page }) => {
  await openApp(page, '?example=figure-2&lang=zh');
  await page.getByRole('menubar').getByRole('menuitem', { name: '视图', exact: true }).click();
  await page.getByRole('menuitem', { name: /^演示/ }).first().click();
  const region = presentation(page, '演示');
  await expect(region.getByRole('status')).toHaveText(/^第 1 步，共 7 步\s*关键主体$/);
  await page.mouse.click(300, 300);
  await expect(region.getByRole('status')).toHaveText(/^第 2 步，共 7 步\s*"1\+X"培训评价组织及其关键驱动力$/);
  await page.mouse.click(300, 300, { button: 'right' });
  await expect(region.getByRole('status')).toHaveText(/^第 1 步/);
  await region.getByRole('button', { name: '退出演示' }).click();
  await expect(region).toBeHidden();
});

test('A step edit is one undo step, saved in the file and reopened; a step naming a deleted element says it skips it', async ({ page }) => {
  await openApp(page, '?example=figure-2&lang=en');
  await openSteps(page);
  const panel = page.getByRole('region', { name: 'Presentation steps' });
  await expect(panel.getByRole('textbox', { name: 'Name of step 1' })).toHaveValue('Key actor');
  const name = panel.getByRole('textbox', { name: 'Name of step 1' });
  await name.fill('');
  await name.pressSequentially('The four actors');
  await name.blur();
  // Typing the name was one undo step (and it wrote the derived steps into the model).
  await toolbarButton(page, 'Undo').click();
  await expect(name).toHaveValue('Key actor');
  await toolbarButton(page, 'Redo').click();
  await expect(name).toHaveValue('The four actors');
  await panel.getByRole('textbox', { name: 'Speaker notes of step 1' }).fill('Start with who takes part.');
  await panel.getByRole('button', { name: 'Move step 7 up' }).click();
  await expect(panel.getByRole('textbox', { name: 'Name of step 6' })).toHaveValue('The relations');
  await panel.getByRole('button', { name: 'Delete step 2' }).click();
  await expect(panel.getByRole('textbox', { name: /^Name of step / })).toHaveCount(6);

  const saved = JSON.parse(await exportJson(page)) as { version: number; presentation: { steps: { name: string; notes?: string; elementIds: string[] }[] } };
  expect(saved.version).toBe(5);
  expect(saved.presentation.steps.map((s) => s.name)).toEqual([
    'The four actors',
    'School and its Driver',
    'Student and its Driver',
    'Smart-manufacturing enterprise and its Driver',
    'The relations',
    'Key resource',
  ]);
  expect(saved.presentation.steps[0].notes).toBe('Start with who takes part.');

  // Reopen the saved file over a model without steps: the steps come back, and present with their notes.
  await page.getByRole('menubar').getByRole('menuitem', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: /^New model/ }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await importJson(page, 'steps.json', JSON.stringify(saved));
  await expect(node(page, /: Make a profit$/)).toBeVisible();
  await page.keyboard.press('F5');
  await expect(counter(page)).toHaveText(/^Step 1 of 6\s*The four actors$/);
  await presentation(page).getByRole('button', { name: 'Speaker notes' }).click();
  await expect(presentation(page).getByRole('complementary', { name: 'Speaker notes' })).toHaveText(/Start with who takes part\./);
  await page.keyboard.press('Escape');

  // Delete an actor the first step names: presenting it says an element is skipped.
  await node(page, /^Key actor: Student$/).click();
  await page.keyboard.press('Delete');
  await expect(node(page, /^Key actor: Student$/)).toHaveCount(0);
  await page.keyboard.press('F5');
  await expect(presentation(page).getByRole('note')).toHaveText('An element of this step no longer exists and is skipped.');
});

test('All steps export as one PDF page each', async ({ page }, testInfo) => {
  await openApp(page, '?example=figure-2&lang=zh');
  await page.getByRole('menubar').getByRole('menuitem', { name: '视图', exact: true }).click();
  await page.getByRole('menuitem', { name: /^演示步骤…/ }).click();
  const panel = page.getByRole('region', { name: '演示步骤' });
  const file = await downloadFrom(page, () => panel.getByRole('button', { name: '把所有步骤导出为 PDF' }).click());
  expect(file.name).toMatch(/-steps\.pdf$/);
  const path = testInfo.outputPath('steps.pdf');
  await writeFile(path, file.bytes);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  expect(info).toMatch(/^Pages:\s+7$/m);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  // Each page is titled with its step's name.
  expect(text).toContain('学生及其关键驱动力');
  expect(text).toContain('关键资源');
  // The editing view is back after the export.
  await expect(panel.getByRole('button', { name: '在画布上显示' }).first()).toHaveAttribute('aria-pressed', 'false');
});

test('axe: presentation mode has no serious or critical violations (both languages)', async ({ page }) => {
  for (const lang of ['en', 'zh']) {
    await openApp(page, `?example=figure-2&lang=${lang}`);
    await page.keyboard.press('F5');
    await expect(page.locator('.tm-present')).toBeVisible();
    await page.keyboard.press('n');
    await page.keyboard.press('ArrowRight');
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  }
});

test('Each step exports as its own PNG', async ({ page }) => {
  await openApp(page, '?example=figure-2&lang=en');
  await openSteps(page);
  const names: string[] = [];
  page.on('download', (d) => names.push(d.suggestedFilename()));
  await page.getByRole('region', { name: 'Presentation steps' }).getByRole('button', { name: 'Export each step as PNG' }).click();
  await expect(page.getByText('Exported 7 steps.')).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => names.length).toBe(7);
  expect(names.every((n) => /-[1-7]\.png$/.test(n))).toBe(true);
  expect(new Set(names).size).toBe(7);
});
