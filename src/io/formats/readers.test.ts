import { FORMAT_VERSION } from '../../model/types';
// @vitest-environment jsdom
/**
 * Files written by the tools themselves (fixtures/, each naming its source) import with every
 * node, edge, label and group they have; broken files get a message naming the format and the
 * line and column. These fixtures were written by hand in the tools' formats, to hold every
 * feature a reader maps in a few lines; files saved by the tools themselves are in
 * realFiles.test.ts (sources: fixtures/README.md).
 */
import { readFileSync } from 'node:fs';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { importModel } from '../importModel';
import { GROUP_KIND, type TheoryModel } from '../../model/types';
import { formatById, pickFormat } from './registry';
import type { ReadOutcome } from './types';

// Tests run from the repository root (vitest's root), in jsdom, where import.meta.url is not a file URL.
const fixture = (name: string) => readFileSync(`src/io/formats/fixtures/${name}`, 'utf8');

async function readWith(id: string, files: { name: string; text: string }[]): Promise<ReadOutcome> {
  const mod = await formatById(id)!.load();
  return mod.read!(files);
}

async function open(id: string, name: string, text = fixture(name)): Promise<{ model: TheoryModel; outcome: Extract<ReadOutcome, { ok: true }> }> {
  const outcome = await readWith(id, [{ name, text }]);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  const result = importModel(outcome.doc);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return { model: result.model, outcome };
}

const label = (m: TheoryModel, id: string) => m.nodes.find((n) => n.id === id)?.label;
const kindOf = (m: TheoryModel, id: string) => m.nodes.find((n) => n.id === id)?.kind;

describe('yEd GraphML', () => {
  test('shape nodes, a group with its children, edge styles, labels and bends', async () => {
    const { model } = await open('graphml', 'yed.graphml');
    expect(model.nodes.map((n) => n.id)).toEqual(['n0', 'n1', 'n1::n0', 'n1::n1']);
    expect(model.nodes.find((n) => n.id === 'n1')).toMatchObject({ kind: GROUP_KIND, label: 'Enterprises', size: { width: 260, height: 160 } });
    expect(model.nodes.find((n) => n.id === 'n1::n0')).toMatchObject({ parent: 'n1', label: 'Firm A', position: { x: 20, y: 40 } });
    expect(label(model, 'n0')).toBe('政府');
    expect(model.nodes.find((n) => n.id === 'n0')?.description).toBe('Local government');
    // Same fill and shape → the same kind; a different one → another kind.
    expect(kindOf(model, 'n0')).toBe(kindOf(model, 'n1::n0'));
    expect(kindOf(model, 'n1::n1')).not.toBe(kindOf(model, 'n0'));
    expect(model.vocabulary.nodeKinds.find((k) => k.id === kindOf(model, 'n1::n1'))).toMatchObject({ color: '#99ccff', shape: 'ellipse' });
    expect(model.edges).toHaveLength(3);
    const e0 = model.edges.find((e) => e.id === 'e0')!;
    expect(e0).toMatchObject({ source: 'n0', target: 'n1::n0', label: 'regulates', bends: [{ x: 260, y: 40 }] });
    expect(e0.relation).toBe(model.edges.find((e) => e.id === 'n1::e0')!.relation); // same line style, same type
    const red = model.vocabulary.relationTypes.find((r) => r.id === model.edges.find((e) => e.id === 'e1')!.relation)!;
    expect(red).toMatchObject({ color: '#ff0000', arrow: 'both', width: 2 });
    expect(model.vocabulary.relationTypes.find((r) => r.id === e0.relation)).toMatchObject({ line: 'dashed' });
  });

  test('plain GraphML from networkx: <key> data gives labels, kinds and positions', async () => {
    const { model, outcome } = await open('graphml', 'networkx.graphml');
    expect(model.nodes.map((n) => [n.id, n.label, n.kind])).toEqual([['school', 'School', 'actor'], ['firm', 'Firm', 'actor'], ['profit', 'Profit', 'driver']]);
    expect(model.edges.map((e) => [e.source, e.target])).toEqual([['profit', 'firm'], ['firm', 'school']]);
    expect(outcome.needsLayout).toBe(false);
    expect(outcome.notes.some((n) => n.key === 'interop.note.lost' && String(n.params?.what).includes('weight'))).toBe(true);
  });
});

describe('Graphviz DOT (gallery graphs)', () => {
  test('unix.gv: quoted ids, node defaults applied in order, colours as kinds', async () => {
    const { model, outcome } = await open('dot', 'unix.gv');
    expect(model.nodes).toHaveLength(8);
    expect(model.edges).toHaveLength(7);
    expect(label(model, '5th Edition')).toBe('5th Edition');
    expect(model.meta.title).toBe('unix');
    // Every node has its own colour, so each colour is its own kind.
    expect(new Set(model.nodes.map((n) => n.kind)).size).toBe(8);
    expect(model.vocabulary.nodeKinds.find((k) => k.id === kindOf(model, '6th Edition'))?.color).toBe('#00bfff'); // X11 deepskyblue
    expect(outcome.needsLayout).toBe(true);
  });

  test('cluster.gv: clusters become groups with their labels and members', async () => {
    const { model } = await open('dot', 'cluster.gv');
    const groups = model.nodes.filter((n) => n.kind === GROUP_KIND);
    expect(groups.map((g) => [g.id, g.label])).toEqual([['cluster_0', 'process #1'], ['cluster_1', 'process #2']]);
    expect(model.nodes.filter((n) => n.parent === 'cluster_0').map((n) => n.id)).toEqual(['a0', 'a1', 'a2', 'a3']);
    expect(model.nodes.filter((n) => n.parent === 'cluster_1').map((n) => n.id)).toEqual(['b0', 'b1', 'b2', 'b3']);
    expect(model.nodes).toHaveLength(12);
    expect(model.edges).toHaveLength(3 + 3 + 7);
    // The filled white nodes of cluster 0 share a kind; cluster 1's nodes (no colour) another.
    expect(kindOf(model, 'a0')).toBe(kindOf(model, 'a3'));
    expect(kindOf(model, 'b0')).not.toBe(kindOf(model, 'a0'));
  });

  test('pos is kept (centre, y up) and a syntax error names its line and column', async () => {
    const { model, outcome } = await open('dot', 'p.dot', 'digraph { a [pos="160,-120!"]; b [pos="0,0"]; a -> b }');
    expect(outcome.needsLayout).toBe(false);
    expect(model.nodes.find((n) => n.id === 'a')?.position).toEqual({ x: 100, y: 100 });
    const bad = await readWith('dot', [{ name: 'bad.dot', text: 'digraph {\n  a -> b [label="x"\n  c -> d\n' }]);
    expect(bad).toMatchObject({ ok: false, error: { key: 'interop.error.syntax', params: { format: 'Graphviz DOT' }, line: 3 } });
  });

  test('an HTML label is text, never markup', async () => {
    const { model } = await open('dot', 'h.dot', 'digraph { a [label=<<b>Bold</b><br/>and <i>more</i><script>alert(1)</script>>] }');
    expect(label(model, 'a')).toBe('Bold\nand more');
  });
});

describe('Mermaid (documentation examples)', () => {
  test('subgraphs, every link style, link text both ways, classDef/class', async () => {
    const { model, outcome } = await open('mermaid', 'docs-flowchart.mmd');
    expect(outcome.needsLayout).toBe(true);
    expect(outcome.notes.map((n) => n.key)).toContain('interop.note.laidOut');
    const groups = model.nodes.filter((n) => n.kind === GROUP_KIND).map((n) => n.id);
    expect(groups.sort()).toEqual(['one', 'three', 'two']);
    // c1 and a2 are used before their subgraphs mention them; as in Mermaid, the subgraph takes them.
    expect(model.nodes.filter((n) => n.parent === 'one').map((n) => n.id).sort()).toEqual(['a1', 'a2']);
    expect(model.nodes.filter((n) => n.parent === 'three').map((n) => n.id).sort()).toEqual(['c1', 'c2']);
    expect(label(model, 'B')).toBe('Is it?');
    const edge = (s: string, t: string) => model.edges.find((e) => e.source === s && e.target === t)!;
    expect(edge('B', 'C').label).toBe('Yes');
    expect(edge('B', 'E').label).toBe('No');
    expect(edge('H', 'I').label).toBe('This is the text!');
    const rel = (s: string, t: string) => model.vocabulary.relationTypes.find((r) => r.id === edge(s, t).relation)!;
    expect(rel('A', 'F').line).toBe('dotted');
    expect(rel('F', 'G').width).toBe(3);
    expect(rel('G', 'H').arrow).toBe('none');
    expect(edge('A', 'B').relation).toBe(edge('C', 'D').relation); // same link style, same type
    expect(kindOf(model, 'C')).toBe('someclass');
    expect(kindOf(model, 'I')).toBe('someclass');
    expect(model.vocabulary.nodeKinds.find((k) => k.id === 'someclass')?.color).toBe('#ff9966');
    expect(model.vocabulary.nodeKinds.find((k) => k.id === kindOf(model, 'H'))?.shape).toBe('ellipse');
  });

  test('errors name the line and column', async () => {
    expect(await readWith('mermaid', [{ name: 'x.mmd', text: 'flowchart LR\n  A[open --> B\n' }])).toMatchObject({ ok: false, error: { line: 2, column: 4 } });
    expect(await readWith('mermaid', [{ name: 'x.mmd', text: 'flowchart LR\n  subgraph s\n  A --> B\n' }])).toMatchObject({ ok: false, error: { key: 'interop.error.syntax' } });
    expect(await readWith('mermaid', [{ name: 'x.mmd', text: 'sequenceDiagram\n  A->>B: hi' }])).toMatchObject({ ok: false, error: { line: 1 } });
  });
});

describe('draw.io', () => {
  test('a file saved by draw.io: styles, a container, HTML labels as text, edge labels, waypoints', async () => {
    const { model } = await open('drawio', 'drawio-plain.drawio');
    expect(model.nodes.map((n) => n.id).sort()).toEqual(['box1', 'box2', 'ell', 'lane', 'uo1']);
    expect(label(model, 'box2')).toBe('Firm\nprivate');
    expect(kindOf(model, 'box1')).toBe(kindOf(model, 'box2'));
    expect(model.nodes.find((n) => n.id === 'lane')).toMatchObject({ kind: GROUP_KIND, label: 'Market' });
    expect(model.nodes.find((n) => n.id === 'ell')).toMatchObject({ parent: 'lane', position: { x: 60, y: 50 } });
    expect(label(model, 'uo1')).toBe('Note');
    const e1 = model.edges.find((e) => e.id === 'edge1')!;
    expect(e1).toMatchObject({ source: 'ell', target: 'box2', label: 'motivates', bends: [{ x: 340, y: 250 }] });
    expect(model.vocabulary.relationTypes.find((r) => r.id === e1.relation)?.line).toBe('dashed');
    const e2 = model.edges.find((e) => e.id === 'edge2')!;
    expect(model.vocabulary.relationTypes.find((r) => r.id === e2.relation)?.arrow).toBe('both');
  });

  test('a compressed page (deflate + base64 of the URI-encoded model) reads the same', async () => {
    const plain = fixture('drawio-plain.drawio');
    const inner = /<mxGraphModel[\s\S]*<\/mxGraphModel>/.exec(plain)![0];
    const packed = btoa(String.fromCharCode(...deflateSync(strToU8(encodeURIComponent(inner)))));
    const compressed = `<mxfile host="app.diagrams.net"><diagram name="Page-1" id="pg1">${packed}</diagram></mxfile>`;
    const a = await open('drawio', 'a.drawio', plain);
    const b = await open('drawio', 'b.drawio', compressed);
    expect(b.model.nodes).toEqual(a.model.nodes);
    expect(b.model.edges).toEqual(a.model.edges);
  });

  test('broken XML names the line and column', async () => {
    const bad = await readWith('drawio', [{ name: 'x.drawio', text: '<mxfile>\n  <diagram>\n    <mxGraphModel><root>\n</mxfile>' }]);
    expect(bad).toMatchObject({ ok: false, error: { key: 'interop.error.xml', params: { format: 'draw.io' } } });
    expect(bad.ok || bad.error.line).toBeGreaterThan(0);
  });
});

describe('CSV', () => {
  test('a Kumu pair: Elements (Label, Type) and Connections (From, To, Type), endpoints by label', async () => {
    const outcome = await readWith('csv', [
      { name: 'elements.csv', text: 'Label,Type,Description\nSchool,Actor,"A school, public"\nFirm,Actor,\nProfit,Driver,\n' },
      { name: 'connections.csv', text: 'From,To,Type\nProfit,Firm,motivates\nFirm,School,cooperates\n' },
    ]);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    const model = importModel(outcome.doc);
    if (!model.ok) throw new Error('refused');
    expect(model.model.nodes.map((n) => [n.id, n.kind])).toEqual([['School', 'Actor'], ['Firm', 'Actor'], ['Profit', 'Driver']]);
    expect(model.model.edges.map((e) => [e.source, e.target, e.relation])).toEqual([['Profit', 'Firm', 'motivates'], ['Firm', 'School', 'cooperates']]);
    expect(model.model.nodes[0].description).toBe('A school, public');
  });

  test('Gephi edge list (Source, Target, Type = Directed/Undirected) and Chinese headers', async () => {
    const gephi = await readWith('csv', [{ name: 'edges.csv', text: 'Source,Target,Type,Weight\n1,2,Undirected,1\n2,3,Directed,2\n' }]);
    expect(gephi.ok).toBe(true);
    const zh = await readWith('csv', [{ name: '模型.csv', text: '名称,类型,起点,终点\n学校,主体,,\n企业,主体,,\n,,企业,学校\n' }]);
    if (!zh.ok) throw new Error(JSON.stringify(zh));
    const m = importModel(zh.doc);
    expect(m.ok && m.model.nodes.map((n) => n.label)).toEqual(['学校', '企业']);
    expect(m.ok && m.model.edges.map((e) => [e.source, e.target])).toEqual([['企业', '学校']]);
  });

  test('unknown columns are refused with the headers (the UI asks for a mapping); a mapping reads them', async () => {
    const text = 'Foo;Bar\nA;x\nB;y\n';
    const refused = await readWith('csv', [{ name: 'x.csv', text }]);
    expect(refused).toMatchObject({ ok: false, error: { key: 'interop.error.columns', params: { format: 'CSV', columns: 'Foo, Bar' } }, headers: [['Foo', 'Bar']] });
    const mod = await formatById('csv')!.load();
    const mapped = await mod.read!([{ name: 'x.csv', text }], { columns: { Foo: 'label', Bar: 'kind' } });
    expect(mapped.ok).toBe(true);
  });

  test('an unclosed quote names the line and column; formula cells are written guarded', async () => {
    expect(await readWith('csv', [{ name: 'x.csv', text: 'Label\nA\n"B\nC\n' }])).toMatchObject({ ok: false, error: { line: 3, column: 1 } });
    const mod = await formatById('csv')!.load();
    const out = await mod.write!({ format: 'theory-model', version: FORMAT_VERSION, meta: { title: '' }, vocabulary: { nodeKinds: [{ id: 'k', label: 'k', color: '#000000' }], relationTypes: [] }, nodes: [{ id: 'n', kind: 'k', label: '=HYPERLINK("x")', position: { x: 0, y: 0 } }], edges: [] });
    expect('text' in out && out.text).toContain(`'=HYPERLINK`);
  });
});

describe('Cytoscape.js JSON and DAGitty', () => {
  test('cy.json() with compound nodes and Cytoscape desktop interaction types', async () => {
    const text = JSON.stringify({ elements: { nodes: [{ data: { id: 'p', name: 'Parent' } }, { data: { id: 'a', name: 'A', parent: 'p' }, position: { x: 100, y: 50 } }, { data: { id: 'b', name: 'B' }, position: { x: 300, y: 50 } }], edges: [{ data: { id: 'ab', source: 'a', target: 'b', interaction: 'pp' } }] } });
    const { model } = await open('cytoscape', 'x.cyjs', text);
    expect(model.nodes.find((n) => n.id === 'p')?.kind).toBe(GROUP_KIND);
    expect(model.edges[0]).toMatchObject({ id: 'ab', relation: 'pp' });
    expect(await readWith('cytoscape', [{ name: 'x.cyjs', text: '{"elements": [\n  {"data": }\n]}' }])).toMatchObject({ ok: false, error: { key: 'interop.error.syntax', line: 2 } });
  });

  test('DAGitty: roles as kinds, pos, -> and <->; an unclosed brace is refused', async () => {
    const text = 'dag {\nbb="-2,-2,2,2"\nSmoking [exposure,pos="-1,0"]\n"Lung cancer" [outcome,pos="1,0"]\nGenes [latent,pos="0,-1"]\nSmoking -> "Lung cancer"\nGenes -> Smoking\nGenes <-> "Lung cancer"\n}\n';
    const { model } = await open('dagitty', 'x.dagitty', text);
    expect(model.nodes.map((n) => [n.id, n.kind])).toEqual([['Smoking', 'exposure'], ['Lung cancer', 'outcome'], ['Genes', 'latent']]);
    expect(model.edges.map((e) => e.relation)).toEqual(['causes', 'causes', 'confounded']);
    expect(model.nodes[0].position).toEqual({ x: -160, y: -20 });
    expect(await readWith('dagitty', [{ name: 'x.dagitty', text: 'dag {\n  a -> b\n' }])).toMatchObject({ ok: false, error: { key: 'interop.error.syntax', line: 3 } });
  });
});

describe('picking the format', () => {
  test('by extension, and by content when the extension says nothing', () => {
    expect(pickFormat('a.gv', '')?.id).toBe('dot');
    expect(pickFormat('notes.txt', 'flowchart LR\n A-->B')?.id).toBe('mermaid');
    expect(pickFormat('g.txt', 'digraph G {\n a -> b }')?.id).toBe('dot');
    expect(pickFormat('x.xml', '<?xml version="1.0"?><graphml xmlns="…">')?.id).toBe('graphml');
    expect(pickFormat('x.xml', '<mxfile host="x">')?.id).toBe('drawio');
    expect(pickFormat('x.json', '{"elements": {"nodes": []}}')?.id).toBe('cytoscape');
    expect(pickFormat('x.json', '{"format": "theory-model", "version": 3}')?.id).toBe('json');
    expect(pickFormat('', 'dag { a -> b }')?.id).toBe('dagitty');
    expect(pickFormat('model.json', 'garbage')?.id).toBe('json');
  });
});
