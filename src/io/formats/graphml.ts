/**
 * GraphML, as yEd writes it (y:ShapeNode / y:GenericNode geometry, fill, shape and label; group
 * nodes with nested graphs; y:PolyLineEdge and the other edge realizers' line style, arrows,
 * labels and bends) and as networkx or igraph write it (plain `<key>` data: label, kind/type, x, y).
 * Read with DOMParser ourselves: graphology-graphml drops yEd's geometry and styles. Written files
 * open in yEd with positions, colours, shapes and groups, and carry `kind` and `relation` keys.
 */
import { GROUP_KIND, type TheoryModel } from '../../model/types';
import { toHex } from './colors';
import { absolutePositions, buildDocument, NOMINAL, type ForeignEdge, type ForeignNode } from './graph';
import { headFromYed, HEAD_TO_YED, lineFromYed, LINE_TO_YED, shapeFromYed, SHAPE_TO_YED } from './graphmlStyle';
import { childrenNamed, firstDeep, parseXml, xmlText } from './xml';
import type { FormatModule, ReadOutcome } from './types';

const FORMAT = 'GraphML';
type Key = { name: string; yfiles?: string; for: string };

export const read: NonNullable<FormatModule['read']> = (inputs): ReadOutcome => {
  const parsed = parseXml(inputs[0]?.text ?? '', FORMAT);
  if (!parsed.ok) return parsed;
  const root = parsed.doc.documentElement;
  if (root.localName !== 'graphml') return { ok: false, error: { key: 'interop.error.notFormat', params: { format: FORMAT, what: '<graphml>' } } };
  const keys = new Map<string, Key>();
  for (const k of childrenNamed(root, 'key')) keys.set(k.getAttribute('id') ?? '', { name: (k.getAttribute('attr.name') ?? '').toLowerCase(), yfiles: k.getAttribute('yfiles.type') ?? undefined, for: k.getAttribute('for') ?? 'all' });
  const top = childrenNamed(root, 'graph')[0];
  if (!top) return { ok: false, error: { key: 'interop.error.notFormat', params: { format: FORMAT, what: '<graph>' } } };
  const nodes: ForeignNode[] = [];
  const edges: ForeignEdge[] = [];
  const lost: string[] = [];
  let positioned = true;
  const data = (el: Element) => {
    const out: { plain: Map<string, string>; graphics?: Element } = { plain: new Map() };
    for (const d of childrenNamed(el, 'data')) {
      const key = keys.get(d.getAttribute('key') ?? '');
      if (key?.yfiles === 'nodegraphics' || key?.yfiles === 'edgegraphics') out.graphics = d;
      else if (key?.name) out.plain.set(key.name, d.textContent ?? '');
    }
    return out;
  };
  const graphDirected = (g: Element) => g.getAttribute('edgedefault') !== 'undirected';

  const walk = (graph: Element, parent: string | undefined, directed: boolean) => {
    for (const el of Array.from(graph.children)) {
      if (el.localName === 'node') {
        const id = el.getAttribute('id') ?? '';
        const d = data(el);
        const n: ForeignNode = { id, parent };
        const nested = childrenNamed(el, 'graph')[0];
        const g = d.graphics;
        // yEd groups: ProxyAutoBoundsNode › Realizers › GroupNode (the open one is `active`).
        let realizer = g ? Array.from(g.children)[0] : undefined;
        if (realizer?.localName === 'ProxyAutoBoundsNode') {
          const rs = firstDeep(realizer, 'Realizers');
          const list = rs ? Array.from(rs.children) : [];
          realizer = list[Number(rs?.getAttribute('active') ?? 0)] ?? list[0];
        }
        if (nested || el.getAttribute('yfiles.foldertype') === 'group' || el.getAttribute('yfiles.foldertype') === 'folder') n.group = true;
        if (realizer) {
          const geo = firstDeep(realizer, 'Geometry');
          if (geo) {
            n.at = { x: Number(geo.getAttribute('x') ?? 0), y: Number(geo.getAttribute('y') ?? 0) };
            n.size = { width: Number(geo.getAttribute('width') ?? NOMINAL.width), height: Number(geo.getAttribute('height') ?? NOMINAL.height) };
          } else positioned = false;
          const fill = firstDeep(realizer, 'Fill');
          if (fill && fill.getAttribute('hasColor') !== 'false' && fill.getAttribute('transparent') !== 'true') n.fill = fill.getAttribute('color') ?? undefined;
          const label = firstDeep(realizer, 'NodeLabel');
          if (label) n.label = (label.textContent ?? '').trim();
          const shapeType = firstDeep(realizer, 'Shape')?.getAttribute('type') ?? (realizer.localName === 'GenericNode' ? realizer.getAttribute('configuration') : undefined);
          const shape = shapeFromYed(shapeType);
          if (shape) n.shape = shape;
          else if (shapeType && !n.group) lost.push(`shape ${shapeType}`);
          if (!/^(ShapeNode|GenericNode|GroupNode)$/.test(realizer.localName)) lost.push(realizer.localName);
        } else {
          const x = Number(d.plain.get('x')), y = Number(d.plain.get('y'));
          if (d.plain.has('x') && d.plain.has('y') && Number.isFinite(x) && Number.isFinite(y)) n.at = { x: x - NOMINAL.width / 2, y: y - NOMINAL.height / 2 };
          else positioned = false;
          const color = d.plain.get('color') ?? d.plain.get('fill');
          if (color) n.fill = color;
        }
        n.label ??= d.plain.get('label') ?? d.plain.get('name') ?? id;
        const kind = d.plain.get('kind') ?? d.plain.get('type') ?? d.plain.get('category') ?? d.plain.get('class');
        if (kind && kind !== GROUP_KIND) n.kind = kind;
        const description = d.plain.get('description');
        if (description) n.description = description;
        nodes.push(n);
        if (nested) walk(nested, id, graphDirected(nested));
      } else if (el.localName === 'edge') {
        const d = data(el);
        const source = el.getAttribute('source'), target = el.getAttribute('target');
        if (!source || !target) continue;
        const directedAttr = el.getAttribute('directed');
        const isDirected = directedAttr === null ? directed : directedAttr === 'true';
        const e: ForeignEdge = { id: el.getAttribute('id') ?? undefined, source, target, arrow: isDirected ? 'end' : 'none' };
        const g = d.graphics ? Array.from(d.graphics.children)[0] : undefined;
        if (g) {
          const line = firstDeep(g, 'LineStyle');
          if (line) {
            e.color = line.getAttribute('color') ?? undefined;
            e.line = lineFromYed(line.getAttribute('type'));
            const w = Number(line.getAttribute('width'));
            if (Number.isFinite(w) && w !== 1) e.width = w;
          }
          const arrows = firstDeep(g, 'Arrows');
          if (arrows) {
            const s = arrows.getAttribute('source') ?? 'none', t = arrows.getAttribute('target') ?? 'none';
            e.arrow = s !== 'none' && t !== 'none' ? 'both' : s !== 'none' || t !== 'none' ? 'end' : 'none';
            if (s !== 'none' && t === 'none') { e.source = target; e.target = source; }
            const head = headFromYed(t !== 'none' ? t : s);
            if (head && head !== 'none') e.head = head;
          }
          const label = firstDeep(g, 'EdgeLabel');
          if (label && (label.textContent ?? '').trim()) e.label = (label.textContent ?? '').trim();
          const path = firstDeep(g, 'Path');
          if (path) {
            const points = childrenNamed(path, 'Point').map((p) => ({ x: Number(p.getAttribute('x')), y: Number(p.getAttribute('y')) }));
            if (points.length > 0 && points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))) e.bends = points;
          }
        }
        e.label ??= d.plain.get('label') || undefined;
        const relation = d.plain.get('relation') ?? d.plain.get('type') ?? d.plain.get('interaction');
        if (relation) e.relation = relation;
        if (d.plain.has('weight')) lost.push('weight');
        edges.push(e);
      }
    }
  };
  walk(top, undefined, graphDirected(top));
  if (nodes.length === 0) return { ok: false, error: { key: 'interop.error.noNodes', params: { format: FORMAT } } };
  for (const n of nodes) if (!n.group) delete n.size; // ordinary nodes size themselves to their labels
  const title = data(top).plain.get('title');
  const built = buildDocument({ format: FORMAT, title, nodes, edges, positioned, lost });
  return { ok: true, doc: built.doc, notes: built.notes, needsLayout: built.needsLayout };
};

// ---------------------------------------------------------------- writing

const a = (name: string, v: string | number) => ` ${name}="${xmlText(String(typeof v === 'number' ? Math.round(v * 100) / 100 : v))}"`;

export const write: NonNullable<FormatModule['write']> = (doc: TheoryModel) => {
  const abs = absolutePositions(doc.nodes);
  const kinds = new Map(doc.vocabulary.nodeKinds.map((k) => [k.id, k]));
  const relations = new Map(doc.vocabulary.relationTypes.map((r) => [r.id, r]));
  const present = new Set(doc.nodes.map((n) => n.id));
  const children = new Map<string | undefined, typeof doc.nodes>();
  for (const n of doc.nodes) {
    const key = n.parent !== undefined && present.has(n.parent) ? n.parent : undefined;
    children.set(key, [...(children.get(key) ?? []), n]);
  }
  // A group's box: its own size, or its children's bounds with yEd's usual insets.
  const box = (n: (typeof doc.nodes)[number], depth = 0): { x: number; y: number; width: number; height: number } => {
    const p = abs.get(n.id)!;
    if (n.size) return { ...p, ...n.size };
    if (n.kind !== GROUP_KIND || depth > 64) return { ...p, ...NOMINAL };
    const kids = (children.get(n.id) ?? []).map((c) => box(c, depth + 1));
    if (kids.length === 0) return { ...p, ...NOMINAL };
    const x0 = Math.min(...kids.map((k) => k.x)) - 16, y0 = Math.min(...kids.map((k) => k.y)) - 36;
    const x1 = Math.max(...kids.map((k) => k.x + k.width)) + 16, y1 = Math.max(...kids.map((k) => k.y + k.height)) + 16;
    return { x: Math.min(x0, p.x), y: Math.min(y0, p.y), width: x1 - Math.min(x0, p.x), height: y1 - Math.min(y0, p.y) };
  };
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    '  <key for="node" id="d0" attr.name="kind" attr.type="string"/>',
    '  <key for="node" id="d1" attr.name="description" attr.type="string"/>',
    '  <key for="node" id="d2" yfiles.type="nodegraphics"/>',
    '  <key for="edge" id="d3" attr.name="relation" attr.type="string"/>',
    '  <key for="edge" id="d4" yfiles.type="edgegraphics"/>',
    `  <key for="graph" id="d5" attr.name="title" attr.type="string"/>`,
    `  <graph id="G" edgedefault="directed">`,
    `    <data key="d5">${xmlText(doc.meta.title)}</data>`,
  ];
  const emit = (parent: string | undefined, indent: string, depth: number) => {
    for (const n of children.get(parent) ?? []) {
      const b = box(n);
      const geometry = `<y:Geometry${a('x', b.x)}${a('y', b.y)}${a('width', b.width)}${a('height', b.height)}/>`;
      if (n.kind === GROUP_KIND && depth < 64) {
        out.push(`${indent}<node${a('id', n.id)} yfiles.foldertype="group">`);
        if (n.description) out.push(`${indent}  <data key="d1">${xmlText(n.description)}</data>`);
        out.push(
          `${indent}  <data key="d2"><y:ProxyAutoBoundsNode><y:Realizers active="0"><y:GroupNode>${geometry}<y:Fill color="#F5F5F5" transparent="false"/><y:BorderStyle color="#666666" type="dashed" width="1.0"/>` +
            `<y:NodeLabel alignment="right" autoSizePolicy="node_width" modelName="internal" modelPosition="t">${xmlText(n.label)}</y:NodeLabel><y:Shape type="roundrectangle"/><y:State closed="false" innerGraphDisplayEnabled="false"/></y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode></data>`,
        );
        out.push(`${indent}  <graph${a('id', `${n.id}:`)} edgedefault="directed">`);
        emit(n.id, `${indent}    `, depth + 1);
        out.push(`${indent}  </graph>`, `${indent}</node>`);
        continue;
      }
      const k = kinds.get(n.kind);
      out.push(`${indent}<node${a('id', n.id)}>`);
      out.push(`${indent}  <data key="d0">${xmlText(n.kind)}</data>`);
      if (n.description) out.push(`${indent}  <data key="d1">${xmlText(n.description)}</data>`);
      out.push(
        `${indent}  <data key="d2"><y:ShapeNode>${geometry}<y:Fill${a('color', (k?.color ?? '#FFFFFF').toUpperCase())} transparent="false"/><y:BorderStyle color="#000000" type="line" width="1.0"/>` +
          `<y:NodeLabel${a('textColor', k ? (parseInt(k.color.slice(1), 16) > 0x999999 ? '#000000' : '#FFFFFF') : '#000000')}>${xmlText(n.label)}</y:NodeLabel><y:Shape${a('type', SHAPE_TO_YED[k?.shape ?? 'rounded'])}/></y:ShapeNode></data>`,
      );
      out.push(`${indent}</node>`);
    }
  };
  emit(undefined, '    ', 0);
  for (const e of doc.edges) {
    const r = relations.get(e.relation);
    const target = r?.arrow === 'none' ? 'none' : HEAD_TO_YED[r?.head ?? 'filled'];
    const source = r?.arrow === 'both' ? target : 'none';
    const points = (e.bends ?? []).map((p) => `<y:Point${a('x', p.x)}${a('y', p.y)}/>`).join('');
    out.push(`    <edge${a('id', e.id)}${a('source', e.source)}${a('target', e.target)}>`);
    out.push(`      <data key="d3">${xmlText(e.relation)}</data>`);
    out.push(
      `      <data key="d4"><y:PolyLineEdge><y:Path sx="0.0" sy="0.0" tx="0.0" ty="0.0">${points}</y:Path><y:LineStyle${a('color', (toHex(r?.color) ?? '#000000').toUpperCase())}${a('type', LINE_TO_YED[r?.line ?? 'solid'])}${a('width', r?.width ?? 1)}/>` +
        `<y:Arrows${a('source', source)}${a('target', target)}/>${e.label ? `<y:EdgeLabel>${xmlText(e.label)}</y:EdgeLabel>` : ''}<y:BendStyle smoothed="false"/></y:PolyLineEdge></data>`,
    );
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return { text: out.join('\n') };
};
