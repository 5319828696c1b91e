// @vitest-environment jsdom
/**
 * Export followed by import gives back the same ids, labels, kinds, relation types and, where
 * the format can hold them, positions (issue 12), for every writer of the registry. What each
 * format holds is the table in docs/interop.md; this test is that table, checked.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { importModel } from '../importModel';
import { FORMAT_VERSION, GROUP_KIND, type ModelEdge, type ModelNode, type TheoryModel } from '../../model/types';
import { absolutePositions } from './graph';
import { formatById, writers } from './registry';
import type { FormatModule } from './types';

const RESERVED = /^(end|graph|flowchart|subgraph|class|classdef|style|linkstyle|click|direction|default|dag|pdag|mag|pag)$/i;
const ascii = fc.stringMatching(/^[a-z][a-z0-9_]{0,5}$/).filter((s) => !RESERVED.test(s));
const cjkId = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c)), minLength: 1, maxLength: 3 });
const anId = fc.oneof(ascii, cjkId);
const labelUnit = fc.oneof(fc.constantFrom('a', 'Z', '7', ' ', '"', '<', '>', '&', "'", ',', ';', '学', '校', '驱', '动', 'é'));
const label = fc.string({ unit: labelUnit, minLength: 1, maxLength: 10 }).map((s) => s.trim()).filter((s) => s.length > 0);
const coord = fc.integer({ min: -4000, max: 4000 }).map((v) => v / 4);

const model = fc
  .record({
    ids: fc.uniqueArray(anId, { minLength: 1, maxLength: 12 }),
    kinds: fc.uniqueArray(ascii.filter((k) => k !== GROUP_KIND), { minLength: 1, maxLength: 3 }),
    relations: fc.uniqueArray(ascii, { minLength: 1, maxLength: 3 }),
    seed: fc.array(fc.tuple(label, coord, coord, fc.nat(), fc.boolean()), { minLength: 12, maxLength: 12 }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.option(label, { nil: undefined })), { maxLength: 10 }),
  })
  .map(({ ids, kinds, relations, seed, edges }): TheoryModel => {
    const nodes: ModelNode[] = [];
    ids.forEach((id, i) => {
      const [lab, x, y, k, grouped] = seed[i];
      // The first node may be a group holding some later ones (parents come first).
      const isGroup = i === 0 && ids.length > 2;
      const node: ModelNode = { id, kind: isGroup ? GROUP_KIND : kinds[k % kinds.length], label: lab, position: { x, y } };
      if (isGroup) node.size = { width: 400, height: 300 };
      if (!isGroup && i > 0 && grouped && nodes[0]?.kind === GROUP_KIND) node.parent = nodes[0].id;
      nodes.push(node);
    });
    const leaves = nodes.filter((n) => n.kind !== GROUP_KIND);
    const out: ModelEdge[] = edges.map(([s, t, r, l], i) => ({ id: `e${i + 1}`, source: leaves[s % leaves.length].id, target: leaves[t % leaves.length].id, relation: relations[r % relations.length], ...(l ? { label: l } : {}) }));
    return {
      format: 'theory-model',
      version: FORMAT_VERSION,
      meta: { title: 'round trip' },
      vocabulary: {
        nodeKinds: kinds.map((id, i) => ({ id, label: id, color: ['#1f4e79', '#b45309', '#2e7d32'][i % 3] })),
        relationTypes: relations.map((id, i) => ({ id, label: id, color: ['#555555', '#b45309', '#6a1b9a'][i % 3] })),
      },
      nodes,
      edges: out,
    };
  });

type Holds = { edgeIds: boolean; relations: boolean; positions: boolean; groups: boolean; edgeLabels?: false };
const HOLDS: Record<string, Holds> = {
  json: { edgeIds: true, relations: true, positions: true, groups: true },
  csv: { edgeIds: true, relations: true, positions: true, groups: true },
  xlsx: { edgeIds: true, relations: true, positions: true, groups: true },
  dot: { edgeIds: true, relations: true, positions: true, groups: true },
  mermaid: { edgeIds: true, relations: true, positions: false, groups: true },
  graphml: { edgeIds: true, relations: true, positions: true, groups: true },
  cytoscape: { edgeIds: true, relations: true, positions: true, groups: true },
  dagitty: { edgeIds: false, relations: false, positions: true, groups: false, edgeLabels: false },
  text: { edgeIds: true, relations: true, positions: false, groups: true },
};

async function roundTrip(id: string, doc: TheoryModel): Promise<TheoryModel> {
  const entry = formatById(id)!;
  const mod: FormatModule = await entry.load();
  const out = await mod.write!(doc);
  const input = 'text' in out ? { name: `x${entry.extensions[0]}`, text: out.text } : { name: `x${entry.extensions[0]}`, text: '', bytes: out.bytes };
  const read = await mod.read!([input]);
  if (!read.ok) throw new Error(`${id} refused its own output: ${JSON.stringify(read.error)}\n${'text' in out ? out.text : ''}`);
  const imported = importModel(read.doc);
  if (!imported.ok) throw new Error(`${id}: importModel refused: ${JSON.stringify(imported.error)}`);
  return imported.model;
}

describe.each(writers().map((w) => w.id))('%s: export then import', (id) => {
  test('keeps ids, labels, kinds, relation types and the positions it can hold', async () => {
    const holds = HOLDS[id];
    expect(holds, `docs/interop.md has a row for ${id}`).toBeDefined();
    await fc.assert(
      fc.asyncProperty(model, async (doc) => {
        const back = await roundTrip(id, doc);
        const kept = (d: TheoryModel) => d.nodes.filter((n) => holds.groups || n.kind !== GROUP_KIND);
        const sortById = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(sortById(kept(back)).map((n) => [n.id, n.label, n.kind])).toEqual(sortById(kept(doc)).map((n) => [n.id, n.label, n.kind]));
        const edgeView = (e: ModelEdge) => [holds.edgeIds ? e.id : '', e.source, e.target, holds.relations ? e.relation : '', holds.edgeLabels === false ? '' : e.label ?? ''];
        const edges = (d: TheoryModel) => d.edges.map(edgeView).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
        expect(edges(back)).toEqual(edges(doc));
        if (holds.positions) {
          const a = absolutePositions(back.nodes), b = absolutePositions(doc.nodes);
          for (const n of kept(doc)) {
            if (n.kind === GROUP_KIND && id !== 'json' && id !== 'csv' && id !== 'xlsx' && id !== 'cytoscape') continue; // group boxes are recomputed from their size
            expect(a.get(n.id)!.x).toBeCloseTo(b.get(n.id)!.x, 1);
            expect(a.get(n.id)!.y).toBeCloseTo(b.get(n.id)!.y, 1);
          }
        }
      }),
      { numRuns: id === 'xlsx' ? 15 : 60 },
    );
  });
});
