// @vitest-environment jsdom
/**
 * Files written by the tools themselves (issue 12, "Done when"): yEd's own GraphML, Graphviz's
 * output of gallery graphs, examples from Mermaid's documentation and files saved by draw.io,
 * each named with its source in fixtures/README.md. Every node, edge, label and group the file
 * has comes in, counted here from the file itself, not from the reader.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importModel } from '../importModel';
import { GROUP_KIND, type TheoryModel } from '../../model/types';
import { formatById } from './registry';

const fixture = (name: string) => readFileSync(`src/io/formats/fixtures/${name}`, 'utf8');

async function open(id: string, name: string): Promise<{ model: TheoryModel; needsLayout: boolean | undefined }> {
  const outcome = await (await formatById(id)!.load()).read!([{ name, text: fixture(name) }]);
  if (!outcome.ok) throw new Error(`${name}: ${JSON.stringify(outcome.error)}`);
  const result = importModel(outcome.doc);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  expect(result.report, `${name} needed no repair`).toEqual([]);
  return { model: result.model, needsLayout: outcome.needsLayout };
}

const groups = (m: TheoryModel) => m.nodes.filter((n) => n.kind === GROUP_KIND).map((n) => n.id);
const labelOf = (m: TheoryModel, id: string) => m.nodes.find((n) => n.id === id)?.label;
const parentOf = (m: TheoryModel, id: string) => m.nodes.find((n) => n.id === id)?.parent;
const pairs = (m: TheoryModel) => m.edges.map((e) => `${e.source}->${e.target}`);

describe('yEd 3.19: testdata/choice1.graphml of notiel/fullgraphmlparser', () => {
  test('every node (a group and its member), edge, label and bend', async () => {
    const text = fixture('yed-choice1.graphml');
    const { model, needsLayout } = await open('graphml', 'yed-choice1.graphml');
    // The file's own <node> and <edge> elements.
    const nodeIds = [...text.matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]);
    const edgeIds = [...text.matchAll(/<edge id="([^"]+)"/g)].map((m) => m[1]);
    expect(model.nodes.map((n) => n.id).sort()).toEqual(nodeIds.sort());
    expect(model.edges.map((e) => e.id).sort()).toEqual(edgeIds.sort());
    expect(groups(model)).toEqual(['n0']);
    expect(labelOf(model, 'n0')).toBe('parent');
    expect(parentOf(model, 'n0::n0')).toBe('n0');
    expect(['n0::n0', 'n2', 'n3'].map((id) => labelOf(model, id))).toEqual(['idle', 'choice1', 'choice2']);
    expect(model.edges.map((e) => e.label ?? '')).toEqual(['TRIGGER/\ndo something', '[guard]', '[else]', '']);
    expect(model.edges.find((e) => e.id === 'e1')?.bends).toEqual([{ x: 640, y: 237.12353515625 }]);
    expect(needsLayout).toBe(false);
    // The y:Geometry of a top-level node is its place.
    expect(model.nodes.find((n) => n.id === 'n2')?.position).toEqual({ x: 734, y: 187.12353515625 });
  });
});

describe('draw.io: files of jgraph/drawio-diagrams (compressed pages)', () => {
  test('concept map: 18 boxes, 17 connectors, HTML labels as text, fills as kinds', async () => {
    const { model } = await open('drawio', 'drawio-concept-map.drawio');
    expect(model.nodes).toHaveLength(18);
    expect(model.edges).toHaveLength(17);
    expect(labelOf(model, 'RmRmJjvTmahBdNnuwfnu-1')).toBe('UML diagrams');
    expect(labelOf(model, 'RmRmJjvTmahBdNnuwfnu-9')).toBe('Package diagram\nSystem groupings and their dependencies');
    expect(model.nodes.every((n) => !/[<>]/.test(n.label))).toBe(true);
    // Four fill colours (green, blue, orange, yellow): four kinds.
    expect(new Set(model.nodes.map((n) => n.kind)).size).toBe(4);
    expect(pairs(model)).toContain('RmRmJjvTmahBdNnuwfnu-29->RmRmJjvTmahBdNnuwfnu-38');
  });

  test('class diagram: swimlanes are groups holding their rows; edge labels from child cells', async () => {
    const { model } = await open('drawio', 'drawio-class-diagram.drawio');
    expect(groups(model).map((id) => labelOf(model, id))).toEqual(['Person', 'Student', 'Professor', 'Address']);
    expect(model.nodes).toHaveLength(27);
    expect(parentOf(model, 'pzczP67oPYf6B7buiO8z-20')).toBe('pzczP67oPYf6B7buiO8z-19');
    expect(labelOf(model, 'pzczP67oPYf6B7buiO8z-20')).toBe('+street: str');
    expect(model.edges).toHaveLength(4);
    const livesAt = model.edges.find((e) => e.id === 'pzczP67oPYf6B7buiO8z-28')!;
    expect(livesAt.label?.split('\n')).toEqual(['0..1', '1', 'lives at']);
    expect(model.edges.find((e) => e.id === 'aZciTYqOEJMMC_ZfQV8L-0')?.label?.split('\n')).toEqual(['supervises', '0...*', '1...5']);
  });
});

describe('Graphviz 2.43 output of gallery graphs (dot -Tgv, dot -Tdot)', () => {
  test('cluster.gv laid out by dot: both clusters, 12 nodes, 13 edges, positions from pos', async () => {
    const { model, needsLayout } = await open('dot', 'cluster-dot-Tgv.gv');
    expect(needsLayout).toBe(false);
    expect(groups(model).map((id) => [id, labelOf(model, id)])).toEqual([['cluster_0', 'process #1'], ['cluster_1', 'process #2']]);
    expect(model.nodes.filter((n) => n.kind !== GROUP_KIND).map((n) => n.id).sort()).toEqual(['a0', 'a1', 'a2', 'a3', 'b0', 'b1', 'b2', 'b3', 'end', 'start']);
    expect(model.edges).toHaveLength(13);
    expect(pairs(model)).toEqual(expect.arrayContaining(['a3->a0', 'b2->a3', 'start->a0', 'b3->end']));
    // dot put a0 above a1 (y grows upwards in DOT, downwards here).
    const abs = (id: string) => model.nodes.find((n) => n.id === id)!;
    expect(abs('a0').position.y).toBeLessThan(abs('a1').position.y);
  });

  test('unix.gv laid out by dot: 8 nodes with quoted ids, 7 edges', async () => {
    const { model, needsLayout } = await open('dot', 'unix-dot-Tdot.gv');
    expect(needsLayout).toBe(false);
    expect(model.nodes.map((n) => n.label)).toEqual(['5th Edition', '6th Edition', 'PWB 1.0', 'LSX', '1 BSD', 'Mini Unix', 'Wollongong', 'Interdata']);
    expect(model.edges).toHaveLength(7);
  });
});

describe("Mermaid's documentation (flowchart.md, verbatim)", () => {
  test('direction in subgraphs: nested subgraphs, links to and from subgraphs', async () => {
    const { model, needsLayout } = await open('mermaid', 'mermaid-subgraph-direction.mmd');
    expect(needsLayout).toBe(true);
    expect(groups(model)).toEqual(['TOP', 'B1', 'B2']);
    expect(parentOf(model, 'B1')).toBe('TOP');
    expect(parentOf(model, 'i2')).toBe('B2');
    expect(pairs(model)).toEqual(['i1->f1', 'i2->f2', 'A->TOP', 'TOP->B', 'B1->B2']);
  });

  test('the limitation example: comments, a longer link, labels of repeated text', async () => {
    const { model } = await open('mermaid', 'mermaid-subgraph-limitation.mmd');
    expect(groups(model)).toEqual(['subgraph1', 'subgraph2']);
    expect(['top1', 'bottom1', 'top2', 'bottom2'].map((id) => labelOf(model, id))).toEqual(['top', 'bottom', 'top', 'bottom']);
    expect(pairs(model)).toEqual(['top1->bottom1', 'top2->bottom2', 'outside->subgraph1', 'outside->top2']);
  });

  test('Markdown strings: a quoted label over two lines, bold as plain text, quoted subgraph titles', async () => {
    const { model } = await open('mermaid', 'mermaid-markdown-strings.mmd');
    expect(groups(model).map((id) => labelOf(model, id))).toEqual(['One', 'Two']);
    expect(['a', 'b', 'c', 'd'].map((id) => labelOf(model, id))).toEqual(['The cat\nin the hat', 'The dog in the hog', 'The cat\nin the hat', 'The dog in the hog']);
    expect(model.edges.map((e) => e.label)).toEqual(['edge label', 'Bold edge label']);
    // After a label over two lines, an error still names its own line.
    const bad = await (await formatById('mermaid')!.load()).read!([{ name: 'x.mmd', text: 'flowchart LR\n  a("`one\n  two`") --> b\n  b --> c[never closed\n' }]);
    expect(bad).toMatchObject({ ok: false, error: { key: 'interop.error.syntax', line: 4 } });
  });

  test('classes with ::: and &, and link texts', async () => {
    const classes = await open('mermaid', 'mermaid-classes-ampersand.mmd');
    expect(classes.model.nodes.map((n) => [n.id, n.kind])).toEqual([['A', 'foo'], ['B', 'bar'], ['C', 'foobar']]);
    expect(pairs(classes.model)).toEqual(['A->C', 'B->C']);
    const links = await open('mermaid', 'mermaid-link-text.mmd');
    expect(links.model.nodes.map((n) => n.label)).toEqual(['Hard edge', 'Round edge', 'Decision', 'Result one', 'Result two']);
    expect(links.model.edges.map((e) => e.label ?? '')).toEqual(['Link text', '', 'One', 'Two']);
  });
});
