/**
 * Reading a figure's geometry out of the browser: the live canvas (flow coordinates) and an
 * exported SVG (its own user units, which are flow pixels). Only raw numbers leave the page; the
 * rules are applied in Node (analyse.ts), where they are tested.
 *
 * The functions passed to `page.evaluate` run in the page, so they use no imports. tsx (esbuild
 * with keepNames) wraps named inner functions in `__name(…)`; `installNameShim` defines it there.
 */
import type { Page } from '@playwright/test';
import { applyMatrix, parsePath, transformBox, type Box, type Matrix } from './geometry';
import { inferEnds, type Scene } from './analyse';

const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

export async function installNameShim(page: Page): Promise<void> {
  await page.addInitScript(NAME_SHIM);
}

type RawNode = { id: string; name: string; group: boolean; ellipse: boolean; box: Box; parent?: string };
type RawEdge = { id: string; name: string; d: string; m: Matrix };
type RawLabel = { name: string; box: Box };
export type RawScene = { nodes: RawNode[]; edges: RawEdge[]; labels: RawLabel[]; titles?: RawLabel[] };

/** A rendered edge's look, without its colour (issue 10: told apart without colour). */
export type EdgeLook = { id: string; dash: string; width: number; head: string; tail: string };

/** The canvas in flow coordinates: client rectangles mapped back through the viewport's transform. */
export async function readCanvas(page: Page): Promise<RawScene> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport) throw new Error('no React Flow viewport on the page');
    const origin = (viewport.parentElement ?? viewport).getBoundingClientRect();
    const t = new DOMMatrix(getComputedStyle(viewport).transform);
    // client = origin + T·flow, T = translate + uniform scale (React Flow's viewport).
    const k = t.a;
    const toFlow = (r: DOMRect) => ({ x: (r.left - origin.left - t.e) / k, y: (r.top - origin.top - t.f) / k, width: r.width / k, height: r.height / k });
    const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => ({
      id: el.dataset.id ?? '',
      name: (el.querySelector('.tm-label, .tm-group-title')?.textContent ?? el.getAttribute('aria-label') ?? '').trim(),
      group: el.classList.contains('react-flow__node-group'),
      ellipse: el.querySelector('.tm-shape-ellipse') !== null,
      box: toFlow(el.getBoundingClientRect()),
    }));
    const screenToFlow = new DOMMatrix([k, 0, 0, k, origin.left + t.e, origin.top + t.f]).inverse();
    const edges = [...document.querySelectorAll<SVGPathElement>('path.react-flow__edge-path')].map((path) => {
      const g = path.closest('.react-flow__edge');
      const ctm = path.getScreenCTM() ?? new DOMMatrix();
      const m = screenToFlow.multiply(ctm);
      return { id: g?.getAttribute('data-id') ?? path.id, name: g?.getAttribute('aria-label') ?? path.id, d: path.getAttribute('d') ?? '', m: { a: m.a, b: m.b, c: m.c, d: m.d, e: m.e, f: m.f } };
    });
    const labels = [...document.querySelectorAll<HTMLElement>('.tm-edge-label')].map((el) => ({ name: (el.textContent ?? '').trim(), box: toFlow(el.getBoundingClientRect()) }));
    // A group title's ink, not its padded box: the text's own rectangles, joined.
    const titles = [...document.querySelectorAll<HTMLElement>('.tm-group-title')].flatMap((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const r = range.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? [{ name: (el.textContent ?? '').trim(), box: toFlow(r) }] : [];
    });
    return { nodes, edges, labels, titles };
  });
}

/** How each rendered edge looks: dash pattern, stroke width and the shape (not colour) of its markers. */
export async function readEdgeLooks(page: Page): Promise<EdgeLook[]> {
  return page.evaluate(() => {
    const markerShape = (ref: string | null): string => {
      const id = ref?.match(/url\(\s*['"]?#(.*?)['"]?\s*\)/)?.[1];
      if (!id) return 'none';
      const marker = [...document.querySelectorAll('marker')].find((m) => m.id === id);
      if (!marker) return 'missing';
      const parts = [...marker.children].map((c) => {
        const style = getComputedStyle(c);
        const filled = style.fill !== 'none' && style.fillOpacity !== '0';
        return `${c.tagName}(${c.getAttribute('points') ?? c.getAttribute('d') ?? ''})${filled ? ' filled' : ' open'}`;
      });
      return `${marker.getAttribute('markerWidth')}x${marker.getAttribute('markerHeight')} ${parts.join(' ')}`;
    };
    return [...document.querySelectorAll<SVGPathElement>('path.react-flow__edge-path')].map((path) => {
      const style = getComputedStyle(path);
      return {
        id: path.closest('.react-flow__edge')?.getAttribute('data-id') ?? path.id,
        dash: style.strokeDasharray,
        width: parseFloat(style.strokeWidth),
        head: markerShape(path.getAttribute('marker-end') ?? style.markerEnd),
        tail: markerShape(path.getAttribute('marker-start') ?? style.markerStart),
      };
    });
  });
}

/**
 * An exported SVG, rendered in a scratch page so the browser resolves transforms and text
 * extents: element and group boxes (the shape plus half its stroke, i.e. the canvas's border
 * box), edge paths, edge-label groups, and the title and legend as obstacles.
 */
export async function readSvg(page: Page, svgText: string): Promise<RawScene> {
  await page.setContent('<!doctype html><html><body style="margin:0"></body></html>');
  await page.evaluate(NAME_SHIM);
  return page.evaluate((text) => {
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = parsed.querySelector('parsererror');
    if (error) throw new Error(`the exported SVG does not parse: ${error.textContent}`);
    const root = document.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
    document.body.appendChild(root);
    const rootInv = (root.getScreenCTM() ?? new DOMMatrix()).inverse();
    const rel = (el: SVGGraphicsElement) => rootInv.multiply(el.getScreenCTM() ?? new DOMMatrix());
    const plain = (m: DOMMatrix) => ({ a: m.a, b: m.b, c: m.c, d: m.d, e: m.e, f: m.f });
    const bbox = (el: SVGGraphicsElement, grow: number) => {
      const b = el.getBBox();
      return { box: { x: b.x - grow, y: b.y - grow, width: b.width + 2 * grow, height: b.height + 2 * grow }, m: plain(rel(el)) };
    };
    const strokeHalf = (el: Element) => (el.getAttribute('stroke') && el.getAttribute('stroke') !== 'none' ? Number(el.getAttribute('stroke-width') ?? 1) / 2 : 0);
    const shapes: { id: string; name: string; group: boolean; ellipse: boolean; box: { x: number; y: number; width: number; height: number }; m: ReturnType<typeof plain> }[] = [];
    const add = (layer: Element, i: number, group: boolean) => {
      const shape = layer.querySelector<SVGGraphicsElement>(':scope > rect, :scope > ellipse');
      if (!shape) return;
      const texts = [...layer.querySelectorAll(':scope > text')];
      // Wrapped lines are tspans: rejoin them as the canvas shows them (a space between Latin words only).
      const cjk = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
      const lines = [...(texts.at(-1)?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent ?? '');
      const joined = lines.reduce((all, line) => (all === '' ? line : all + (cjk.test(all.at(-1) ?? '') || cjk.test(line[0] ?? '') ? '' : ' ') + line), '');
      shapes.push({ id: `${group ? 'group' : 'node'}-${i}`, name: (joined || (texts.at(-1)?.textContent ?? '')).trim(), group, ellipse: shape.tagName === 'ellipse', ...bbox(shape, strokeHalf(shape)) });
    };
    root.querySelectorAll('g.tm-group').forEach((g, i) => add(g, i, true));
    root.querySelectorAll('g.tm-node').forEach((g, i) => add(g, i, false));
    // Title and legend are part of the printed figure: nothing may run through or under them.
    root.querySelectorAll<SVGGraphicsElement>('.tm-title, g.tm-legend').forEach((el, i) => {
      shapes.push({ id: `decoration-${i}`, name: el.classList.contains('tm-title') ? 'title' : 'legend', group: false, ellipse: false, ...bbox(el, 0) });
    });
    const edges = [...root.querySelectorAll<SVGPathElement>('path.tm-edge')].map((p, i) => ({ id: `edge-${i}`, name: `path ${i + 1}`, d: p.getAttribute('d') ?? '', m: plain(rel(p)) }));
    const labels = [...root.querySelectorAll<SVGGraphicsElement>('g.tm-edge-label')].map((g) => ({ name: (g.textContent ?? '').trim(), ...bbox(g, 0) }));
    const titles = [...root.querySelectorAll<SVGGraphicsElement>('g.tm-group > text')].map((t) => ({ name: (t.textContent ?? '').trim(), ...bbox(t, 0) }));
    root.remove();
    return { shapes, edges, labels, titles };
  }, svgText).then(({ shapes, edges, labels, titles }) => ({
    titles: titles.map((t) => ({ name: t.name, box: transformBox(t.m, t.box) })),
    nodes: shapes.map((s) => ({ id: s.id, name: s.name, group: s.group, ellipse: s.ellipse, box: transformBox(s.m, s.box) })),
    edges,
    labels: labels.map((l) => ({ name: l.name, box: transformBox(l.m, l.box) })),
  }));
}

/**
 * A raw scene as the rules see it. `model` gives the canvas what the DOM does not say: each
 * node's parent and each edge's ends (by id). Without it (an SVG) both are inferred.
 */
export function toScene(raw: RawScene, model?: { parents: Map<string, string>; ends: Map<string, string[]> }): Scene {
  const ancestors = (id: string): string[] => {
    const out: string[] = [];
    for (let p = model?.parents.get(id); p !== undefined && p !== id && !out.includes(p); p = model?.parents.get(p)) out.push(p);
    return out;
  };
  const nodes = raw.nodes.map((n) => ({ id: n.id, name: n.name, box: n.box, group: n.group, ellipse: n.ellipse, ...(model ? { ancestors: ancestors(n.id) } : {}) }));
  const names = new Map(nodes.map((n) => [n.id, n.name]));
  const edges = raw.edges.map((e) => {
    const edge = { id: e.id, name: e.name, lines: parsePath(e.d).map((line) => line.map((p) => applyMatrix(e.m, p))), ...(model?.ends.has(e.id) ? { ends: model.ends.get(e.id) } : {}) };
    // An exported path has no name: call it by the nodes it appears to connect.
    return model ? edge : { ...edge, name: inferEnds(edge, nodes).map((id) => names.get(id) ?? '?').join(' → ') || e.name };
  });
  return { nodes, edges, labels: raw.labels.map((l, i) => ({ id: `label-${i}`, name: l.name, box: l.box })), titles: (raw.titles ?? []).map((t, i) => ({ id: `title-${i}`, name: t.name, box: t.box })) };
}
