/**
 * Cytoscape.js JSON (`cy.json()`, and Cytoscape desktop's .cyjs): `elements` as `{nodes, edges}`
 * or as one array with `group`. `data.id/label|name/parent/source/target` and `position` (the
 * node's centre, absolute) are read; `kind` / `type` name kinds and `relation` / `interaction`
 * (Cytoscape desktop's edge type) name relation types. The stylesheet is not read.
 */
import { GROUP_KIND, type TheoryModel } from '../../model/types';
import { absolutePositions, buildDocument, NOMINAL, type ForeignEdge, type ForeignNode } from './graph';
import { jsonErrorOffset } from './jsonLocate';
import { lineColumn } from './text';
import type { FormatModule, ReadOutcome } from './types';

const FORMAT = 'Cytoscape.js JSON';
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

export function jsonError(format: string, text: string, error: unknown): ReadOutcome {
  const message = error instanceof Error ? error.message : String(error);
  const at = lineColumn(text, jsonErrorOffset(text));
  return { ok: false, error: { key: 'interop.error.syntax', params: { format, ...at }, ...at, details: [message] } };
}

export const read: NonNullable<FormatModule['read']> = (inputs): ReadOutcome => {
  const text = inputs[0]?.text ?? '';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return jsonError(FORMAT, text, error);
  }
  const root = isObj(value) ? value : { elements: value };
  const elements = root.elements;
  const list: { group: 'nodes' | 'edges'; el: Obj }[] = [];
  if (Array.isArray(elements)) {
    for (const el of elements) if (isObj(el)) list.push({ group: el.group === 'edges' || (isObj(el.data) && Object.hasOwn(el.data, 'source')) ? 'edges' : 'nodes', el });
  } else if (isObj(elements)) {
    for (const g of ['nodes', 'edges'] as const) { const arr = elements[g]; if (Array.isArray(arr)) for (const el of arr) if (isObj(el)) list.push({ group: g, el }); }
  } else return { ok: false, error: { key: 'interop.error.notFormat', params: { format: FORMAT, what: '"elements"' } } };
  const nodes: ForeignNode[] = [];
  const edges: ForeignEdge[] = [];
  let positioned = true;
  const parents = new Set<string>();
  for (const { group, el } of list) {
    const d = isObj(el.data) ? el.data : {};
    if (group === 'edges') {
      const source = str(d.source), target = str(d.target);
      if (source === undefined || target === undefined) continue;
      edges.push({ id: str(d.id), source, target, label: str(d.label), relation: str(d.relation) ?? str(d.interaction) ?? str(d.type) });
      continue;
    }
    const id = str(d.id);
    if (id === undefined) continue;
    const n: ForeignNode = { id, label: str(d.label) ?? str(d.name) ?? id, kind: str(d.kind) ?? str(d.type), parent: str(d.parent), description: str(d.description) };
    if (n.parent !== undefined) parents.add(n.parent);
    const p = isObj(el.position) ? el.position : undefined;
    if (p && typeof p.x === 'number' && typeof p.y === 'number') n.at = { x: p.x - NOMINAL.width / 2, y: p.y - NOMINAL.height / 2 };
    else positioned = false;
    nodes.push(n);
  }
  for (const n of nodes) if (parents.has(n.id) || n.kind === GROUP_KIND) { n.group = true; n.kind = undefined; }
  if (nodes.length === 0) return { ok: false, error: { key: 'interop.error.noNodes', params: { format: FORMAT } } };
  const data = isObj(root.data) ? root.data : {};
  const built = buildDocument({ format: FORMAT, title: str(data.name) ?? str(data.title), nodes, edges, positioned: positioned, lost: root.style ? ['stylesheet'] : [] });
  return { ok: true, doc: built.doc, notes: built.notes, needsLayout: built.needsLayout };
};

export const write: NonNullable<FormatModule['write']> = (doc: TheoryModel) => {
  const abs = absolutePositions(doc.nodes);
  const out = {
    format_version: '1.0',
    generated_by: 'theory-model-editor',
    data: { name: doc.meta.title },
    elements: {
      nodes: doc.nodes.map((n) => {
        const a = abs.get(n.id)!;
        return {
          data: { id: n.id, label: n.label, kind: n.kind, ...(n.parent !== undefined ? { parent: n.parent } : {}), ...(n.description ? { description: n.description } : {}) },
          position: { x: a.x + NOMINAL.width / 2, y: a.y + NOMINAL.height / 2 },
        };
      }),
      edges: doc.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, relation: e.relation, ...(e.label ? { label: e.label } : {}) } })),
    },
  };
  return { text: `${JSON.stringify(out, null, 2)}\n` };
};
