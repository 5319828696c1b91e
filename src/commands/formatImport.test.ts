// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { serializeModel } from '../io/serialize';
import { blankModel } from '../model/blank';
import { history, useAppStore } from '../store/appStore';
import { foreignFormatOf, importFiles } from './formatImport';
import { provideServices } from './services';

const open = { ...blankModel('open', new Date(0)), nodes: [{ id: 'a', kind: 'actor', label: 'A', position: { x: 0, y: 0 } }] };
const file = (body: BlobPart, name: string) => new File([body], name);
const notices = () => useAppStore.getState().notices;
const before = serializeModel(open);

beforeEach(() => {
  useAppStore.setState({ doc: open, notices: [], uiLang: 'en', dialog: null });
  history().clear();
});

describe('importFiles through the registry', () => {
  it('opens a DOT file as one undoable step and reports what it mapped', async () => {
    expect(await importFiles([file('digraph G { a [pos="60,-20!" fillcolor=red style=filled]; b [pos="300,-20!"]; a -> b [label="x"] }', 'g.dot')], 'file')).toBe(true);
    const doc = useAppStore.getState().doc;
    expect(doc.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(doc.edges[0].label).toBe('x');
    const report = notices().find((n) => n.tone === 'info' && n.text.startsWith('Imported'))!;
    expect(report.text).toBe('Imported “g.dot” from Graphviz DOT:');
    expect(report.details?.join('\n')).toMatch(/created from node styles/);
    history().undo();
    expect(useAppStore.getState().doc).toBe(open);
  });

  it.each([
    ['an unclosed brace in DOT', file('digraph {\n  a -> b\n', 'x.dot'), /Graphviz DOT: error at line 3, column 1\./],
    ['bad XML in GraphML', file('<graphml>\n<graph><node id="a"></graph>', 'x.graphml'), /GraphML: the XML is broken at line 2/],
    ['binary data named .mmd', file(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'x.mmd'), /binary data, not Mermaid/],
    ['Latin-1 text named .dot', file(new Uint8Array([0x64, 0x69, 0x67, 0x72, 0x61, 0x70, 0x68, 0x20, 0x7b, 0x20, 0xe9, 0x20, 0x7d]), 'x.dot'), /not UTF-8 text \(byte 11/],
    ['unknown CSV columns', file('Foo,Bar\n1,2\n', 'x.csv'), /CSV: no column is recognised \(Foo, Bar\)/],
  ])('refuses %s with a message naming the format, and leaves the model as it was', async (_what, f, message) => {
    expect(await importFiles([f], 'drop')).toBe(false);
    expect(useAppStore.getState().doc).toBe(open);
    expect(serializeModel(useAppStore.getState().doc)).toBe(before);
    expect(history().pastStates).toHaveLength(0);
    const [notice] = notices();
    expect(notice.tone).toBe('error');
    expect(notice.text).toMatch(message);
    expect(notice.text).toMatch(/The open model was not changed\./);
  });

  it('says it in Chinese in the Chinese UI', async () => {
    useAppStore.setState({ uiLang: 'zh' });
    await importFiles([file('flowchart LR\n  A[open --> B\n', 'x.mmd')], 'file');
    expect(notices()[0].text).toMatch(/Mermaid：第 2 行第 4 列有错误。/);
  });

  it('reads a CSV pair chosen together, and a GB18030 CSV from a Chinese Excel', async () => {
    expect(await importFiles([file('Label,Type\nSchool,actor\nFirm,actor\n', 'elements.csv'), file('From,To,Type\nFirm,School,cooperates\n', 'connections.csv')], 'file')).toBe(true);
    expect(useAppStore.getState().doc.edges.map((e) => [e.source, e.target, e.relation])).toEqual([['Firm', 'School', 'cooperates']]);
    // "名称\n学校\n" in GB18030.
    const gb = new Uint8Array([0xc3, 0xfb, 0xb3, 0xc6, 0x0a, 0xd1, 0xa7, 0xd0, 0xa3, 0x0a]);
    expect(await importFiles([file(gb, 'gb.csv')], 'file')).toBe(true);
    expect(useAppStore.getState().doc.nodes.map((n) => n.label)).toEqual(['学校']);
    expect(notices().some((n) => n.details?.some((d) => /GB18030/.test(d)))).toBe(true);
  });

  it('asks for a column mapping when the CSV headers are not recognised, and uses it', async () => {
    const restore = provideServices({ askColumns: ({ headers }) => Promise.resolve({ [headers[0]]: 'label', [headers[1]]: 'kind' }) });
    try {
      expect(await importFiles([file('Thing,Sort\nSchool,actor\n', 'x.csv')], 'file')).toBe(true);
      expect(useAppStore.getState().doc.nodes.map((n) => [n.label, n.kind])).toEqual([['School', 'actor']]);
    } finally {
      restore();
    }
  });

  it('a pasted text in another format is recognised; the app’s own JSON is not "foreign"', () => {
    expect(foreignFormatOf('flowchart LR\n A --> B')?.id).toBe('mermaid');
    expect(foreignFormatOf(serializeModel(open))).toBeUndefined();
    expect(foreignFormatOf('just some words')).toBeUndefined();
  });
});
