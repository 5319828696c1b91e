import { expect, test, type Page } from '@playwright/test';
import { FORMAT_VERSION } from '../../src/model/types';
import { openApp, watchErrors } from './helpers';

// Issue 11, item 7: io/ and the store report message codes; the UI says them in its language.
// In the Chinese UI a refusal, a repair report and an unreadable draft are Chinese through and
// through: the headline, the message and every detail line.

const DRAFT_KEY = 'theory-model-editor:draft';

/** English sentences these messages had before they were translated; none may show in Chinese. */
const ENGLISH = /\b(This file|The saved draft|is a theory-model file|wrong or missing|expected|got|Removed the edge|does not exist|Ignored the unknown field|not part of the format|cut off|could not be read|The text ends|line \d+, column)\b/;

function model(extra: Record<string, unknown> = {}) {
  return {
    format: 'theory-model',
    version: FORMAT_VERSION,
    meta: { title: '消息测试', language: 'zh-CN' },
    vocabulary: {
      nodeKinds: [{ id: 'actor', label: '主体', color: '#1f4e79' }],
      relationTypes: [{ id: 'r', label: '关联', color: '#555555' }],
    },
    nodes: [
      { id: 'a', kind: 'actor', label: '学校', position: { x: 0, y: 0 } },
      { id: 'b', kind: 'actor', label: '企业', position: { x: 300, y: 0 } },
    ],
    edges: [{ id: 'e1', source: 'a', target: 'b', relation: 'r' }],
    ...extra,
  };
}

async function importFile(page: Page, name: string, doc: unknown) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('toolbar').getByRole('button', { name: '导入 JSON' }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
}

test('Chinese UI: a refused file says why, and each detail, in Chinese; the open model is unchanged', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=zh');
  const before = await page.getByRole('heading', { level: 1 }).textContent();
  const broken = model();
  (broken.nodes[0].position as { x: unknown }).x = 'left';
  await importFile(page, 'broken.json', broken);

  const alert = page.getByRole('alert').filter({ hasText: 'broken.json' });
  await expect(alert).toContainText('无法导入“broken.json”：文件内容不符合理论模型格式。当前模型未作任何改动。');
  const details = alert.getByRole('listitem');
  await expect(details.first()).toHaveText('此文件是理论模型文件，但有 1 个字段错误或缺失，因此未载入。第一个：nodes[0].position.x：应为有限的数字，实际为 文本 "left"');
  await expect(details.nth(1)).toHaveText('nodes[0].position.x：应为有限的数字，实际为 文本 "left"');
  await expect(alert).not.toContainText(ENGLISH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(before!);
  expect(errors).toEqual([]);
});

test('Chinese UI: a repaired file lists its repairs in Chinese', async ({ page }) => {
  await openApp(page, '?lang=zh');
  const repaired = model({ edges: [{ id: 'e1', source: 'a', target: 'b', relation: 'r' }, { id: 'e9', source: 'a', target: 'ghost', relation: 'r' }], viewport: { x: 0, y: 0, zoom: 1 } });
  await importFile(page, 'repaired.json', repaired);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('消息测试');
  const report = page.getByRole('status').filter({ hasText: '文件已导入，并做了 2 处修复：' });
  await expect(report).toBeVisible();
  await expect(report.getByRole('listitem')).toHaveText([
    '已忽略未知字段 viewport；它不属于本格式。',
    '已删除边 "e9"（从 "a" 到 "ghost" 的 "r"）：1 个节点 "ghost" 不存在。',
  ]);
  await expect(report).not.toContainText(ENGLISH);
});

test('Chinese UI: a corrupt saved draft is reported in Chinese, details included', async ({ page }) => {
  const garbage = '{"app":"theory-model-editor","revision": 3, "data": "{\\"nodes\\": [tru';
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [DRAFT_KEY, garbage]);
  await openApp(page, '?lang=zh');

  const alert = page.getByRole('alert').filter({ hasText: '无法读取保存的草稿' });
  await expect(alert).toBeVisible();
  const details = alert.getByRole('listitem');
  await expect(details.first()).toHaveText('保存的草稿在结尾之前就中断了——可能没有完整保存。');
  await expect(details.nth(1)).toHaveText(`文本在第 1 行第 ${garbage.length + 1} 列就结束了，JSON 尚不完整。`);
  await expect(alert).not.toContainText(ENGLISH);
  await expect(alert.getByRole('button', { name: '下载无法读取的草稿' })).toBeVisible();
});

test('English UI: one replacement reads "Replaced 1 occurrence"', async ({ page }) => {
  await openApp(page, '?lang=en');
  await page.getByRole('menubar').getByRole('menuitem', { name: 'Edit' }).click();
  await page.getByRole('menu', { name: 'Edit' }).getByRole('menuitem', { name: 'Find and replace' }).click();
  const panel = page.getByRole('region', { name: 'Find and replace' });
  await panel.getByLabel('Find', { exact: true }).fill('Make a profit');
  await expect(panel.getByRole('status')).toHaveText('Matches: 1');
  await panel.getByLabel('Replace with').fill('Earn an income');
  await panel.getByRole('button', { name: 'Replace all' }).click();
  await expect(page.getByText('Replaced 1 occurrence. One Undo reverts it.')).toBeVisible();
  await expect(page.getByText(/Replaced 1 occurrences/)).toHaveCount(0);
});
