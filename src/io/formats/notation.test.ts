// @vitest-environment jsdom
/**
 * The text notation as a registered format (issue 12): picked by `.tmtext`, read against the
 * paper's vocabulary (names it lacks become entries), errors with line and column, and the text
 * the writer gives is the text view's own. The export → import property is in roundtrip.property.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { importModel } from '../importModel';
import { GROUP_KIND } from '../../model/types';
import { print } from '../text';
import { formatById, importAccept, pickFormat, writers } from './registry';

const read = async (text: string) => (await formatById('text')!.load()).read!([{ name: 'm.tmtext', text }]);

describe('text notation format', () => {
  test('is picked by its extension, offered for import and export, and never by content alone', () => {
    expect(pickFormat('model.tmtext', 'school: actor')?.id).toBe('text');
    expect(pickFormat('notes.txt', 'school: actor "学校"\n')?.id).not.toBe('text');
    expect(importAccept()).toContain('.tmtext');
    expect(writers().map((f) => f.id)).toContain('text');
  });

  test('a hand-typed Chinese text opens with its groups, kinds by label, relations and a layout', async () => {
    const outcome = await read('学校: 关键主体\n资源: group "关键资源" {\n  慕课: resource "慕课视频"\n}\n学校 -> 慕课 : provides "共建"\n');
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(outcome.needsLayout).toBe(true);
    expect(outcome.notes.map((n) => n.key)).toEqual(['interop.note.laidOut']);
    const imported = importModel(outcome.doc);
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    const m = imported.model;
    expect(m.meta.title).toBe('');
    expect(m.nodes.map((n) => [n.id, n.kind, n.label, n.parent])).toEqual([
      ['学校', 'actor', '学校', undefined],
      ['资源', GROUP_KIND, '关键资源', undefined],
      ['慕课', 'resource', '慕课视频', '资源'],
    ]);
    expect(m.edges.map((e) => [e.source, e.target, e.relation, e.label])).toEqual([['学校', '慕课', 'provides', '共建']]);
  });

  test('kinds and relation types the paper lacks become entries, and the report names them', async () => {
    const outcome = await read('a: 机构\nb: 机构\na -> b : 影响\n');
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(outcome.notes.map((n) => [n.key, n.params?.list])).toEqual([
      ['interop.note.kindsNamed', '机构'],
      ['interop.note.relationsNamed', '影响'],
      ['interop.note.laidOut', undefined],
    ]);
    const doc = outcome.doc as { vocabulary: { nodeKinds: { id: string }[]; relationTypes: { id: string }[] } };
    expect(doc.vocabulary.nodeKinds.map((k) => k.id)).toContain('机构');
    expect(doc.vocabulary.relationTypes.map((r) => r.id)).toContain('影响');
  });

  test('a broken text names the format, the line and the column; an edge to nowhere is refused', async () => {
    expect(await read('school: actor\nfirm: actor "open\n')).toMatchObject({ ok: false, error: { key: 'interop.error.syntax', params: { format: 'Text notation' }, line: 2, column: 13 } });
    expect(await read('school: actor\nschool -> nowhere : cooperates\n')).toMatchObject({ ok: false, error: { line: 2 } });
    expect(await read('# only a comment\n')).toMatchObject({ ok: false, error: { key: 'interop.error.noNodes' } });
  });

  test('the writer writes what the text view shows', async () => {
    const outcome = await read('school: actor "学校"\nfirm: actor\nschool -> firm : cooperates\n');
    if (!outcome.ok) throw new Error('refused');
    const imported = importModel(outcome.doc);
    if (!imported.ok) throw new Error('refused');
    const written = await (await formatById('text')!.load()).write!(imported.model);
    expect(written).toEqual({ text: print(imported.model) });
  });
});
