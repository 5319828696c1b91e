/**
 * Issue 10, item 4 in the real browser: nodes never overlap when they grow — a long label typed
 * into a driver, or the diagram switched to English — and the move is undone with its cause.
 */
import { expect, test, type Page } from '@playwright/test';
import { node, openApp, watchErrors } from './helpers';

type Box = { id: string; group: boolean; x: number; y: number; w: number; h: number };

/** Every node's box on screen, read from the DOM as drawn. */
async function boxes(page: Page): Promise<Box[]> {
  return page.locator('.react-flow__node').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('data-id') ?? '', group: el.classList.contains('react-flow__node-group'), x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
}

/**
 * Pairs of boxes that overlap without one holding the other: two elements must never touch; an
 * element or group may lie inside a group only wholly (it is a member), never half over its border.
 */
export function badOverlaps(list: readonly Box[]): string[] {
  const eps = 0.5;
  const inter = (a: Box, b: Box) => a.x + eps < b.x + b.w && b.x + eps < a.x + a.w && a.y + eps < b.y + b.h && b.y + eps < a.y + a.h;
  const inside = (a: Box, g: Box) => a.x >= g.x - eps && a.y >= g.y - eps && a.x + a.w <= g.x + g.w + eps && a.y + a.h <= g.y + g.h + eps;
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i];
      const b = list[j];
      if (!inter(a, b)) continue;
      if ((b.group && inside(a, b)) || (a.group && inside(b, a))) continue;
      out.push(`${a.id} × ${b.id}`);
    }
  }
  return out;
}

/** Waits until React Flow has re-measured and the room-making move has been drawn. */
async function settledBoxes(page: Page): Promise<Box[]> {
  let last = '';
  let list: Box[] = [];
  await expect
    .poll(async () => {
      list = await boxes(page);
      const key = JSON.stringify(list);
      const same = key === last;
      last = key;
      return same;
    }, { intervals: [150, 150, 250, 250, 500] })
    .toBe(true);
  return list;
}

test('typing a 76-character Chinese label into a driver leaves no overlapping nodes, and one undo takes both back', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=en');
  // English interface, Chinese diagram: the paper's own labels.
  await page.getByRole('radiogroup', { name: 'Diagram language' }).getByText('中文').click();
  expect(badOverlaps(await settledBoxes(page))).toEqual([]);
  const before = await boxes(page);

  await node(page, /[:：]\s*主持创业项目$/).click();
  const label = page.getByRole('complementary', { name: 'Inspector' }).getByRole('textbox', { name: 'Label', exact: true });
  await label.selectText();
  const long = '主持由学生自主发起并在校企双方导师共同指导下完成的智能制造方向创业项目，并在真实市场中检验其商业价值与社会效益，同时积累经验形成总结报告参加相关的比赛。';
  expect([...long].length).toBe(76);
  await label.fill(long);
  await label.press('Tab');
  const grown = await settledBoxes(page);
  expect(grown.find((b) => b.id === 'drv-student-startup')!.h).toBeGreaterThan(before.find((b) => b.id === 'drv-student-startup')!.h + 40);
  expect(badOverlaps(grown)).toEqual([]);
  // The drivers below it moved down, the ones above did not.
  const y = (list: Box[], id: string) => list.find((b) => b.id === id)!.y;
  expect(y(grown, 'drv-student-contest')).toBeGreaterThan(y(before, 'drv-student-contest'));
  expect(y(grown, 'drv-student-job')).toBeCloseTo(y(before, 'drv-student-job'), 0);

  const undo = page.getByRole('toolbar').getByRole('button', { name: 'Undo' });
  await undo.click();
  await expect(node(page, /[:：]\s*主持创业项目$/)).toBeVisible();
  const back = await settledBoxes(page);
  expect(y(back, 'drv-student-contest')).toBeCloseTo(y(before, 'drv-student-contest'), 0);
  await expect(undo).toBeDisabled();
  expect(errors).toEqual([]);
});

test('switching Figure 2 to English leaves no overlapping nodes', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=zh');
  await settledBoxes(page);
  await page.getByRole('radiogroup', { name: '图的语言' }).getByText('English').click();
  await expect(node(page, /[:：]\s*Run a start-up project$/)).toBeVisible();
  const list = await settledBoxes(page);
  expect(badOverlaps(list)).toEqual([]);
  await page.screenshot({ path: 'test-results/placement-figure2-en.png' });
  expect(errors).toEqual([]);
});

const ORG = /^Key actor: "1\+X" training and evaluation organisation$/;
const STUDENT = /^Key actor: Student$/;
const SCHOOL = /^Key actor: School$/;

test('align left from the Inspector lines up two actors in one undo step', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=en');
  await node(page, ORG).click();
  await node(page, STUDENT).click({ modifiers: ['Shift'] });
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const alignLeft = inspector.getByRole('group', { name: 'Align' }).getByRole('button', { name: 'Align left edges' });
  await expect(inspector.getByRole('group', { name: 'Distribute' }).getByRole('button', { name: 'Distribute vertically' })).toBeDisabled();
  const studentBefore = (await node(page, STUDENT).boundingBox())!;
  await alignLeft.click();
  await expect.poll(async () => Math.round((await node(page, STUDENT).boundingBox())!.x)).toBe(Math.round((await node(page, ORG).boundingBox())!.x));
  await page.getByRole('toolbar').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => Math.round((await node(page, STUDENT).boundingBox())!.x)).toBe(Math.round(studentBefore.x));
  await expect(page.getByRole('toolbar').getByRole('button', { name: 'Undo' })).toBeDisabled();
  expect(errors).toEqual([]);
});

test('dragging a node near another’s left edge shows a guide and drops it exactly aligned; snap to grid is a toggle', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=en');
  const student = node(page, STUDENT);
  const school = (await node(page, SCHOOL).boundingBox())!;
  const from = (await student.boundingBox())!;
  const grab = { x: from.x + from.width / 2, y: from.y + 8 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x - 20, grab.y + 40, { steps: 4 });
  // As a user would: move slowly towards the school's left edge until a vertical guide appears.
  const verticalGuides = page.locator('.tm-guides line[y1="-100000"]');
  const startX = grab.x + (school.x - from.x) + 24;
  let found = false;
  for (let dx = 0; dx <= 48 && !found; dx += 2) {
    await page.mouse.move(startX - dx, grab.y + 40);
    found = (await verticalGuides.count()) > 0;
  }
  expect(found).toBe(true);
  await page.mouse.up();
  await expect(page.locator('.tm-guides')).toHaveCount(0);
  // Dropped exactly on the guide: the left edges agree to the pixel (in flow units, at any zoom).
  const zoom = school.width / 200;
  await expect.poll(async () => Math.abs((await student.boundingBox())!.x - school.x) / zoom).toBeLessThan(0.6);

  const snap = page.getByRole('button', { name: 'Snap to grid' });
  await expect(snap).toHaveAttribute('aria-pressed', 'false');
  await snap.click();
  await expect(snap).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
});
