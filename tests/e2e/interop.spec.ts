/**
 * Other tools' formats through the UI (issue 12): File › Import… reads DOT, Mermaid and a CSV pair
 * chosen together; a broken file changes nothing (Export JSON stays byte-identical); File ›
 * Export as… offers every writer; a pasted Mermaid chart opens like a file.
 */
import { expect, test, type Page } from '@playwright/test';
import { downloadFrom, exportJson } from './exportHelpers';
import { node, openApp, watchErrors } from './helpers';

type Upload = { name: string; mimeType: string; buffer: Buffer };
const upload = (name: string, text: string): Upload => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });

async function fileMenu(page: Page, item: string) {
  await page.getByRole('menubar').getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: item }).click();
}

async function importVia(page: Page, files: Upload[]) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), fileMenu(page, 'Import…')]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(files);
}

const DOT = `// a colleague's graph
digraph "School model" {
  node [style=filled];
  subgraph cluster_firms { label="Enterprises"; firm [label="Firm", fillcolor="#dae8fc", pos="400,-100!"]; }
  school [label="School", fillcolor="#dae8fc", pos="100,-100!"];
  profit [label="Profit", shape=ellipse, fillcolor="#f8cecc", pos="400,-300!"];
  profit -> firm [style=dashed, label="motivates"];
  firm -> school [dir=both];
}
`;

const MERMAID = `flowchart LR
  subgraph gov [Government]
    policy[政策]
  end
  policy -.->|引导| school(学校)
  firm([企业]) ==> school
  classDef actor fill:#1f4e79
  class school,firm actor
`;

test.describe('interop', () => {
  test('imports a Graphviz DOT file: groups, positions, styles as kinds', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page, '?lang=en');
    await importVia(page, [upload('colleague.dot', DOT)]);
    await expect(node(page, /School$/)).toBeVisible();
    await expect(node(page, /Firm$/)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Imported “colleague.dot” from Graphviz DOT' })).toBeVisible();
    const doc = JSON.parse(await exportJson(page));
    expect(doc.meta.title).toBe('School model');
    expect(doc.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['cluster_firms', 'firm', 'profit', 'school']);
    expect(doc.nodes.find((n: { id: string }) => n.id === 'firm').parent).toBe('cluster_firms');
    expect(doc.edges).toHaveLength(2);
    // Same fill, same kind: School and Firm share one, Profit has its own.
    const kind = (id: string) => doc.nodes.find((n: { id: string }) => n.id === id).kind;
    expect(kind('school')).toBe(kind('firm'));
    expect(kind('profit')).not.toBe(kind('school'));
    expect(errors).toEqual([]);
  });

  test('imports a Mermaid flowchart and lays it out, saying so', async ({ page }) => {
    await openApp(page, '?lang=en');
    await importVia(page, [upload('notes.mmd', MERMAID)]);
    await expect(node(page, /学校$/)).toBeVisible();
    await expect(node(page, /政策$/)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'from Mermaid' })).toContainText('Mermaid holds no positions, so the model was laid out automatically.');
    const doc = JSON.parse(await exportJson(page));
    expect(doc.nodes.find((n: { id: string }) => n.id === 'policy').parent).toBe('gov');
    expect(doc.nodes.find((n: { id: string }) => n.id === 'school').kind).toBe('actor');
    expect(doc.edges.map((e: { source: string; target: string; label?: string }) => [e.source, e.target, e.label ?? ''])).toEqual([['policy', 'school', '引导'], ['firm', 'school', '']]);
  });

  test('an import that needs a layout is ONE undo step: one Undo gives back the model before it', async ({ page }) => {
    await openApp(page, '?lang=en');
    const before = await exportJson(page);
    const count = await page.locator('.react-flow__node').count();
    await importVia(page, [upload('notes.mmd', MERMAID)]);
    await expect(page.getByRole('status').filter({ hasText: 'from Mermaid' })).toBeVisible();
    // The layout has been applied (it moves the nodes from their first places): wait for it to end.
    await expect(page.locator('.tm-layout-running')).toHaveCount(0, { timeout: 30_000 });
    const laidOut = JSON.parse(await exportJson(page)) as { nodes: { id: string; position: { x: number; y: number } }[] };
    expect(laidOut.nodes.map((n) => n.id).sort()).toEqual(['firm', 'gov', 'policy', 'school']);
    // The "Opened …" notice still offers to go back, and its step is the import with its layout.
    await expect(page.getByRole('status').filter({ hasText: /^Opened “notes”/ })).toBeVisible();
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect(page.locator('.react-flow__node')).toHaveCount(count);
    expect(await exportJson(page)).toBe(before);
  });

  test('imports a text-notation file (.tmtext) typed by hand, with a group and a new kind', async ({ page }) => {
    await openApp(page, '?lang=en');
    await importVia(page, [upload('sketch.tmtext', '# typed in a text editor\n学校: 关键主体\nlab: group "Labs" {\n  robot: 机构 "Robot lab"\n}\n学校 -> robot : provides "equipment"\n')]);
    const report = page.getByRole('status').filter({ hasText: 'Imported “sketch.tmtext” from Text notation' });
    await expect(report).toContainText('1 kind taken from the file’s types or classes: 机构.');
    await expect(node(page, /Robot lab$/)).toBeVisible();
    const doc = JSON.parse(await exportJson(page));
    expect(doc.meta.title).toBe('sketch');
    expect(doc.nodes.map((n: { id: string; kind: string; parent?: string }) => [n.id, n.kind, n.parent ?? ''])).toEqual([['学校', 'actor', ''], ['lab', 'group', ''], ['robot', '机构', 'lab']]);
    expect(doc.edges.map((e: { relation: string; label?: string }) => [e.relation, e.label])).toEqual([['provides', 'equipment']]);
  });

  test('imports a CSV pair chosen together (Kumu columns, endpoints by label)', async ({ page }) => {
    await openApp(page, '?lang=en');
    await importVia(page, [
      upload('elements.csv', 'Label,Type\nSchool,Actor\nFirm,Actor\nProfit,Driver\n'),
      upload('connections.csv', 'From,To,Type\nProfit,Firm,motivates\nFirm,School,cooperates\n'),
    ]);
    await expect(node(page, /Profit$/)).toBeVisible();
    const doc = JSON.parse(await exportJson(page));
    expect(doc.nodes.map((n: { label: string; kind: string }) => [n.label, n.kind])).toEqual([['School', 'Actor'], ['Firm', 'Actor'], ['Profit', 'Driver']]);
    expect(doc.edges.map((e: { relation: string }) => e.relation)).toEqual(['motivates', 'cooperates']);
  });

  test('a broken file names the format and the line, and Export JSON stays byte-identical', async ({ page }) => {
    await openApp(page, '?lang=en');
    const before = await exportJson(page);
    const bad: [string, string, RegExp][] = [
      ['unclosed.dot', 'digraph {\n  a -> b [label="x"];\n', /Graphviz DOT: error at line 3/],
      ['broken.graphml', '<graphml>\n  <graph>\n    <node id="a">\n  </graph>\n</graphml>', /GraphML: the XML is broken at line \d+, column \d+/],
      ['odd.csv', 'Foo,Bar\n1,2\n', /CSV: no column is recognised/],
    ];
    for (const [name, text, reason] of bad) {
      await importVia(page, [upload(name, text)]);
      if (name.endsWith('.csv')) {
        // Unknown columns: the preview dialog asks first; cancelling refuses the file.
        const dialog = page.getByRole('dialog', { name: 'Which column holds what?' });
        await expect(dialog.getByRole('combobox', { name: 'Foo' })).toBeVisible();
        await dialog.getByRole('button', { name: 'Cancel' }).click();
      }
      const alert = page.getByRole('alert');
      await expect(alert, name).toContainText(name);
      await expect(alert, name).toContainText(reason);
      await expect(alert, name).toContainText('The open model was not changed');
      await alert.getByRole('button', { name: 'Dismiss' }).click();
    }
    expect(await exportJson(page)).toBe(before);
  });

  test('the column preview maps unknown headers and imports', async ({ page }) => {
    await openApp(page, '?lang=en');
    await importVia(page, [upload('people.csv', 'Person;Role\nAlice;Teacher\nBob;Student\n')]);
    const dialog = page.getByRole('dialog', { name: 'Which column holds what?' });
    await dialog.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Label' });
    await dialog.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Kind' });
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(node(page, /Alice$/)).toBeVisible();
    const doc = JSON.parse(await exportJson(page));
    expect(doc.nodes.map((n: { label: string; kind: string }) => [n.label, n.kind])).toEqual([['Alice', 'Teacher'], ['Bob', 'Student']]);
  });

  test('Export as… offers every writer, and what it writes imports back', async ({ page }) => {
    await openApp(page, '?lang=en');
    const original = JSON.parse(await exportJson(page));
    await fileMenu(page, 'Export as…');
    const dialog = page.getByRole('dialog', { name: 'Export as' });
    for (const name of ['JSON', 'CSV', 'Excel', 'Graphviz DOT', 'Mermaid', 'GraphML', 'Cytoscape.js JSON', 'DAGitty', 'Text notation']) await expect(dialog.getByRole('radio', { name: new RegExp(`^${name} `) })).toBeVisible();
    await dialog.getByRole('radio', { name: /^GraphML / }).check();
    const file = await downloadFrom(page, () => dialog.getByRole('button', { name: 'Export' }).click());
    expect(file.name.endsWith('.graphml')).toBe(true);
    const text = file.bytes.toString('utf8');
    expect(text).toContain('<y:ShapeNode>');
    await importVia(page, [upload(file.name, text)]);
    await expect(page.getByRole('status').filter({ hasText: 'from GraphML' })).toBeVisible();
    const back = JSON.parse(await exportJson(page));
    expect(back.nodes.map((n: { id: string; label: string }) => [n.id, n.label])).toEqual(original.nodes.map((n: { id: string; label: string }) => [n.id, n.label]));
    expect(back.edges.map((e: { id: string }) => e.id)).toEqual(original.edges.map((e: { id: string }) => e.id));
  });

  test('a pasted Mermaid chart opens like an imported file, in Chinese', async ({ page }) => {
    await openApp(page, '?lang=zh');
    await page.locator('.react-flow__pane').click();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, MERMAID);
    await expect(node(page, /政策$/)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '已从 Mermaid 导入' })).toContainText('Mermaid 不保存位置，因此已自动排版。');
  });
});
