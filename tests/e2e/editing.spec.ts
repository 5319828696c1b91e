import { expect, test, type Locator, type Page } from '@playwright/test';
import { node, openApp, routesDrawn, viewportSettled, watchErrors } from './helpers';

const ORG = /^Key actor: "1\+X" training and evaluation organisation$/;
const STUDENT = /^Key actor: Student$/;

const nodes = (page: Page) => page.locator('.react-flow__node');
const edges = (page: Page) => page.locator('.react-flow__edge');

async function centre(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags from one of `from`'s handles to the middle of `to`, as a user would. */
async function connect(page: Page, from: Locator, to: Locator) {
  await from.hover();
  const handle = from.locator('.react-flow__handle').nth(1); // the right-hand one
  const start = await centre(handle);
  const end = await centre(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 10, start.y + 5, { steps: 3 });
  await page.mouse.move(end.x, end.y, { steps: 20 });
  await page.mouse.up();
}

test('the palette adds a node of each kind, and a group, selected at the centre of the view', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=en');
  const palette = page.getByRole('toolbar', { name: 'Add elements' });
  const kinds = [
    // A new node has no translation yet (issue 14): the English view shows its original label.
    ['Add Key actor', 'Key actor: 关键主体'],
    ['Add Driver', 'Driver: 关键驱动力'],
    ['Add Key resource', 'Key resource: 关键资源'],
    // With the new resource still selected, "Add group" groups it (issue 14), like Ctrl+G.
    ['Add group', 'Group: Group'],
  ] as const;
  let count = await nodes(page).count();
  for (const [button, aria] of kinds) {
    await palette.getByRole('button', { name: button }).click();
    await expect(nodes(page)).toHaveCount(++count);
    const added = node(page, aria);
    await expect(added).toHaveCount(1);
    await expect(added).toBeInViewport();
    await expect(added).toHaveClass(/selected/);
  }
  expect(errors).toEqual([]);
});

test('a double-click on empty canvas adds a node of the last-used kind there', async ({ page }) => {
  await openApp(page, '?lang=en');
  await page.getByRole('button', { name: 'Add Key resource' }).click();
  const count = await nodes(page).count();
  // The Add may pan to show its node: aim once the view is still (it failed under load when the
  // double-click landed mid-pan and the node, placed right, then moved with the view).
  await viewportSettled(page);
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  const at = { x: box.x + 60, y: box.y + box.height - 80 };
  await page.mouse.dblclick(at.x, at.y);
  await expect(nodes(page)).toHaveCount(count + 1);
  const added = node(page, 'Key resource: 关键资源').last();
  const c = await centre(added);
  expect(Math.abs(c.x - at.x)).toBeLessThan(40);
  expect(Math.abs(c.y - at.y)).toBeLessThan(40);
});

test('dragging from a handle to another node connects them; the relation can be changed at once', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=en');
  const before = await edges(page).count();
  await connect(page, node(page, ORG), node(page, STUDENT));
  await expect(edges(page)).toHaveCount(before + 1);
  const edge = page.getByRole('group', { name: '"1+X" training and evaluation organisation → Student: Cooperates with' });
  await expect(edge).toHaveCount(1);
  // The relation picker lists what the vocabulary allows between two actors.
  const picker = page.getByRole('group', { name: 'Relation type' });
  await expect(picker.getByRole('button', { name: 'Cooperates with' })).toHaveAttribute('aria-pressed', 'true');
  await picker.getByRole('button', { name: 'Takes part with' }).click();
  await expect(page.getByRole('group', { name: '"1+X" training and evaluation organisation → Student: Takes part with' })).toHaveCount(1);
  await expect(picker).toHaveCount(0);
  // Two steps: connect, change relation.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(edge).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(edges(page)).toHaveCount(before);
  expect(errors).toEqual([]);
});

test('a connection the vocabulary does not allow is refused with a reason', async ({ page }) => {
  await openApp(page, '?lang=en');
  const before = await edges(page).count();
  await connect(page, node(page, /^Driver: Make a profit$/), node(page, /^Key resource: Online "1\+X" exam question bank$/));
  await expect(page.getByRole('status').filter({ hasText: 'No relation type' })).toBeVisible();
  await expect(edges(page)).toHaveCount(before);
});

test('Delete removes a node with its edges; Undo and Redo in the toolbar restore and re-apply it', async ({ page }) => {
  await openApp(page, '?lang=en');
  const nodeCount = await nodes(page).count();
  const edgeCount = await edges(page).count();
  const student = node(page, STUDENT);
  await student.click();
  await page.keyboard.press('Delete');
  await expect(student).toHaveCount(0);
  await expect(nodes(page)).toHaveCount(nodeCount - 1);
  // Student had 8 relations in Figure 2 (5 drivers, 2 partners, 1 supports).
  await expect(edges(page)).toHaveCount(edgeCount - 8);
  const toolbar = page.getByRole('toolbar', { name: 'Main toolbar' });
  await toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect(student).toHaveCount(1);
  await expect(edges(page)).toHaveCount(edgeCount);
  await toolbar.getByRole('button', { name: 'Redo' }).click();
  await expect(student).toHaveCount(0);
  await expect(edges(page)).toHaveCount(edgeCount - 8);
});

test('? opens the keyboard shortcuts; Escape closes it', async ({ page }) => {
  await openApp(page, '?lang=en');
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const text of ['Undo', 'Ctrl+Z', 'Group', 'Ctrl+G', 'Ctrl+Shift+G', 'Duplicate', 'Ctrl+D', '←', 'Shift+←']) {
    await expect(dialog.getByText(text, { exact: true }).first()).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('shift-click selects several nodes; Ctrl+G groups them and Ctrl+Shift+G ungroups, one undo step each', async ({ page }) => {
  await openApp(page, '?lang=en');
  await node(page, ORG).click();
  await node(page, STUDENT).click({ modifiers: ['Shift'] });
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  await page.keyboard.press('Control+g');
  const group = node(page, 'Group: Group');
  await expect(group).toHaveCount(1);
  const box = (await group.boundingBox())!;
  for (const inside of [node(page, ORG), node(page, STUDENT)]) {
    const b = (await inside.boundingBox())!;
    expect(b.x).toBeGreaterThan(box.x);
    expect(b.y).toBeGreaterThan(box.y);
    expect(b.x + b.width).toBeLessThan(box.x + box.width);
    expect(b.y + b.height).toBeLessThan(box.y + box.height);
  }
  await page.keyboard.press('Control+Shift+g');
  await expect(group).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(group).toHaveCount(1);
});

test('Shift-drag on empty canvas selects every node in the box; Delete removes them in one step', async ({ page }) => {
  await openApp(page, '?lang=en');
  const drivers = node(page, /^Group: Student drivers$/);
  const box = (await drivers.boundingBox())!;
  const count = await nodes(page).count();
  await page.keyboard.down('Shift');
  await page.mouse.move(box.x - 12, box.y - 12);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 12, box.y + box.height + 12, { steps: 10 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  // The group and its five drivers.
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(6);
  await page.keyboard.press('Delete');
  await expect(nodes(page)).toHaveCount(count - 6);
  await page.keyboard.press('Control+z');
  await expect(nodes(page)).toHaveCount(count);
});

test('Ctrl+C then Ctrl+V pastes a copy beside the original; Ctrl+D duplicates', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '?lang=en');
  const count = await nodes(page).count();
  await node(page, STUDENT).click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(node(page, STUDENT)).toHaveCount(2);
  await expect(nodes(page)).toHaveCount(count + 1);
  const [a, b] = await Promise.all([node(page, STUDENT).first().boundingBox(), node(page, STUDENT).last().boundingBox()]);
  expect(b!.x).toBeGreaterThan(a!.x);
  expect(b!.y).toBeGreaterThan(a!.y);
  await page.keyboard.press('Control+d');
  await expect(node(page, STUDENT)).toHaveCount(3);
  // Garbage on the clipboard: refused, nothing changes.
  await page.evaluate(() => navigator.clipboard.writeText('this is not a model'));
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+v');
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was pasted' })).toBeVisible();
  await expect(nodes(page)).toHaveCount(count + 2);
});

test('arrow keys nudge the selected node, one undo step per press', async ({ page }) => {
  await openApp(page, '?lang=en');
  const student = node(page, STUDENT);
  await student.click();
  const start = (await student.boundingBox())!;
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => (await student.boundingBox())!.y).toBeGreaterThan(start.y);
  const moved = (await student.boundingBox())!;
  expect(moved.x).toBeGreaterThan(start.x);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await student.boundingBox())!.y).toBeCloseTo(start.y, 0);
  expect((await student.boundingBox())!.x).toBeCloseTo(moved.x, 0);
});

test('dragging a node into a group makes it a member (one undo step); dragging it out frees it', async ({ page }) => {
  await openApp(page, '?lang=en');
  const resources = node(page, /^Group: Key resources$/);
  const student = node(page, STUDENT);
  const drag = async (to: { x: number; y: number }) => {
    const from = await centre(student);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 15 });
    await page.mouse.up();
  };
  /** Nudges the group and tells whether the student moved with it. */
  const movesWithGroup = async () => {
    // Its right margin: no relation line crosses it there.
    const box = (await resources.boundingBox())!;
    await resources.click({ position: { x: box.width - 6, y: box.height / 2 } });
    const before = (await student.boundingBox())!.x;
    const groupBefore = (await resources.boundingBox())!.x;
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(async () => (await resources.boundingBox())!.x).toBeGreaterThan(groupBefore);
    const moved = (await student.boundingBox())!.x > before + 1;
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await resources.boundingBox())!.x).toBeCloseTo(groupBefore, 0);
    return moved;
  };

  expect(await movesWithGroup()).toBe(false);
  // Where it is right before the drag (read after the check above: a late re-measure after
  // start-up can still make room and move it, which Undo rightly keeps).
  const start = await centre(student);
  await drag(await centre(resources));
  expect(await movesWithGroup()).toBe(true);
  // One undo takes back the whole drag: the move and joining the group.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await centre(student)).x)).toBe(Math.round(start.x));
  expect(await movesWithGroup()).toBe(false);
  // In again, then out to empty canvas: no longer a member.
  await drag(await centre(resources));
  expect(await movesWithGroup()).toBe(true);
  await drag(start);
  expect(await movesWithGroup()).toBe(false);
});

test('a selected relation’s end can be dragged to another node', async ({ page }) => {
  await openApp(page, '?lang=en');
  await routesDrawn(page); // the grips sit on the drawn ends, which move when the routes arrive
  const before = 'Smart-manufacturing enterprise → School–enterprise cooperation projects: Provides';
  const after = 'Smart-manufacturing enterprise → Related competition projects: Provides';
  // Select the relation from the keyboard (React Flow: focus, Enter).
  await page.getByRole('group', { name: before }).focus();
  await page.keyboard.press('Enter');
  const grip = page.locator('.tm-reconnect-target');
  await expect(grip).toHaveCount(1);
  const from = await centre(grip);
  const to = await centre(node(page, /^Key resource: Related competition projects$/));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
  await expect(page.getByRole('group', { name: after })).toHaveCount(1);
  await expect(page.getByRole('group', { name: before })).toHaveCount(0);
  // The same rule as for new relations: "Provides" cannot end at a driver. The moved relation's
  // grip is where its new route ends: wait for the routes to settle before grabbing it.
  await expect(page.locator('.react-flow[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
  await page.getByRole('group', { name: after }).focus();
  await page.keyboard.press('Enter');
  const from2 = await centre(page.locator('.tm-reconnect-target'));
  const driver = await centre(node(page, /^Driver: Make a profit$/));
  await page.mouse.move(from2.x, from2.y);
  await page.mouse.down();
  await page.mouse.move(driver.x, driver.y, { steps: 12 });
  await page.mouse.up();
  await expect(page.getByRole('status').filter({ hasText: 'cannot connect' })).toBeVisible();
  await expect(page.getByRole('group', { name: after })).toHaveCount(1);
});
