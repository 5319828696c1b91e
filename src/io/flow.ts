import type { Edge, Node } from '@xyflow/react';
import { localize } from '../model/language';
import { markerId, strokeOf } from '../model/relationStyle';
import { GROUP_KIND, type ArrowHead, type ArrowStyle, type LineStyle, type ModelEdge, type ModelNode, type NodeShape, type Size, type TheoryModel } from '../model/types';
import { fallbackKind, findKind, findRelation } from '../model/vocabulary';

/**
 * The one place where the document becomes React Flow nodes and edges. The document stays the
 * source of truth; React Flow objects are a view of it plus view state (selection, language,
 * measured sizes). Results are cached per document element so React Flow receives the same
 * object for an unchanged element and its memoised components skip re-rendering (React Flow
 * re-measures and re-renders any node whose object changes).
 */

export type ElementData = {
  label: string;
  missing: boolean;
  kindId: string;
  kindLabel: string;
  color: string;
  shape: NodeShape;
  description?: string;
  /** The node has a size of its own (format v2): its box fills React Flow's sized wrapper. */
  sized?: true;
};
export type GroupData = { label: string; missing: boolean; color: string };
export type ElementFlowNode = Node<ElementData, 'element'>;
export type GroupFlowNode = Node<GroupData, 'group'>;
export type FlowNode = ElementFlowNode | GroupFlowNode;

export type RelationData = {
  relationId: string;
  relationLabel: string;
  /** The edge's own label if it has one; otherwise the canvas shows the relation label. */
  label?: string;
  missing: boolean;
  color: string;
  line: LineStyle;
  arrow: ArrowStyle;
  /** Arrowhead shape and line width (format v3): with the pattern, what tells types apart in greyscale. */
  head: ArrowHead;
  width: number;
  /** Perpendicular offset (px) that keeps parallel or opposite edges between one pair apart. */
  bend?: number;
  /** Dimmed or found (issue 14, view state); set by the canvas, never by the document. */
  look?: 'dim' | 'hit' | 'current' | 'removed' | 'changed';
};
export type RelationFlowEdge = Edge<RelationData, 'relation'>;

export type FlowView = {
  lang: string;
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  measured: ReadonlyMap<string, Size>;
  nodeAria: (kind: string, label: string) => string;
  edgeAria: (source: string, target: string, relation: string) => string;
};

/**
 * Edges leave the Tab sequence (issue 14 §6): React Flow draws them before the nodes, so 26 edges
 * came before the first node. They stay focusable: from a focused node, E and Shift+E step
 * through its relations (canvas/useEdgeKeys.ts). Shared, so the per-edge cache keeps its objects.
 */
const EDGE_DOM = { tabIndex: -1 } as const;

export const DEFAULT_GROUP_SIZE: Size = { width: 320, height: 220 };

type Cached<T> = { deps: unknown[]; value: T };
const nodeCache = new WeakMap<ModelNode, Cached<FlowNode>>();
const edgeCache = new WeakMap<ModelEdge, Cached<RelationFlowEdge>>();

function memo<K extends object, T>(cache: WeakMap<K, Cached<T>>, key: K, deps: unknown[], make: () => T): T {
  const hit = cache.get(key);
  if (hit && hit.deps.length === deps.length && hit.deps.every((d, i) => Object.is(d, deps[i]))) return hit.value;
  const value = make();
  cache.set(key, { deps, value });
  return value;
}

/**
 * Whether a cached element was made from these inputs, compared in place. The canvas converts
 * every element on each render, so the cache is asked thousands of times per frame at 5,000 nodes;
 * checking before building the deps array and the `make` closure allocates nothing for the
 * elements that did not change (issue 17: garbage collection was a fifth of each slice).
 */
function fits(d: readonly unknown[], v0: unknown, v1: unknown, v2: unknown, v3: unknown, v4: unknown, v5: unknown, v6?: unknown, v7?: unknown): boolean {
  return (
    Object.is(d[0], v0) && Object.is(d[1], v1) && Object.is(d[2], v2) && Object.is(d[3], v3) && Object.is(d[4], v4) && Object.is(d[5], v5) && (d.length <= 6 || Object.is(d[6], v6)) && (d.length <= 7 || Object.is(d[7], v7))
  );
}

export function toFlowNodes(doc: TheoryModel, view: FlowView): FlowNode[] {
  const original = doc.meta.language;
  return doc.nodes.map((node) => {
    const kind = findKind(doc.vocabulary, node.kind) ?? fallbackKind(node.kind);
    const selected = view.selectedNodes.has(node.id);
    const measured = view.measured.get(node.id);
    const hit = nodeCache.get(node);
    if (hit && fits(hit.deps, kind, view.lang, original, selected, measured, view.nodeAria)) return hit.value;
    return memo(nodeCache, node, [kind, view.lang, original, selected, measured, view.nodeAria], () => {
      const text = localize(node.label, node.labels, view.lang, original);
      const kindText = localize(kind.label, kind.labels, view.lang, original).text;
      const base = {
        id: node.id,
        position: node.position,
        selected,
        ariaLabel: view.nodeAria(kindText, text.text),
        ...(node.parent ? { parentId: node.parent } : {}),
        ...(measured ? { measured } : {}),
      };
      if (node.kind === GROUP_KIND) {
        const size = node.size ?? DEFAULT_GROUP_SIZE;
        const group: GroupFlowNode = {
          ...base,
          type: 'group',
          width: size.width,
          height: size.height,
          data: { label: text.text, missing: text.missing, color: kind.color },
        };
        return group;
      }
      const element: ElementFlowNode = {
        ...base,
        type: 'element',
        ...(node.size ? { width: node.size.width, height: node.size.height } : {}),
        data: {
          label: text.text,
          missing: text.missing,
          kindId: kind.id,
          kindLabel: kindText,
          color: kind.color,
          shape: kind.shape ?? 'rounded',
          ...(node.description ? { description: node.description } : {}),
          ...(node.size ? { sized: true as const } : {}),
        },
      };
      return element;
    });
  });
}

/**
 * An end's name for the edge's aria label, cached per label object: a moved node is a new
 * object with the same label, so its edges keep their objects (deps compare the name, not the
 * node). React Flow then never re-runs `setEdges` for a drag frame (issue 15).
 */
const nameCache = new WeakMap<ModelNode, { lang: string; original: string | undefined; text: string }>();
function endName(n: ModelNode | undefined, lang: string, original: string | undefined): string {
  if (!n) return '?';
  const hit = nameCache.get(n);
  if (hit && hit.lang === lang && hit.original === original) return hit.text;
  const text = localize(n.label, n.labels, lang, original).text;
  nameCache.set(n, { lang, original, text });
  return text;
}

/**
 * The document as `toFlowEdges` reads it: `prev` again while the edges, the vocabulary, the
 * language and every node's id and name are the same, as on each frame of a drag (only positions
 * change), so the canvas does not rebuild every edge on every frame (issue 15).
 */
export function sameForEdges(prev: TheoryModel | null, doc: TheoryModel): TheoryModel {
  if (!prev || prev === doc) return doc;
  if (prev.edges !== doc.edges || prev.vocabulary !== doc.vocabulary || prev.meta.language !== doc.meta.language || prev.nodes.length !== doc.nodes.length) return doc;
  for (let i = 0; i < doc.nodes.length; i++) {
    const a = prev.nodes[i];
    const b = doc.nodes[i];
    if (a !== b && (a.id !== b.id || a.label !== b.label || a.labels !== b.labels)) return doc;
  }
  return prev;
}

const byIdCache = new WeakMap<readonly ModelNode[], Map<string, ModelNode>>();
const bendCache = new WeakMap<readonly ModelEdge[], Map<string, number>>();

export function toFlowEdges(doc: TheoryModel, view: FlowView): RelationFlowEdge[] {
  const original = doc.meta.language;
  let byId = byIdCache.get(doc.nodes);
  if (!byId) byIdCache.set(doc.nodes, (byId = new Map(doc.nodes.map((n) => [n.id, n] as const))));
  let bends = bendCache.get(doc.edges);
  if (!bends) bendCache.set(doc.edges, (bends = parallelBends(doc.edges)));
  return doc.edges.map((edge) => {
    const relation = findRelation(doc.vocabulary, edge.relation) ?? { id: edge.relation, label: edge.relation, color: '#6b7280' };
    const selected = view.selectedEdges.has(edge.id);
    const sourceName = endName(byId.get(edge.source), view.lang, original);
    const targetName = endName(byId.get(edge.target), view.lang, original);
    const bend = bends.get(edge.id) ?? 0;
    const hit = edgeCache.get(edge);
    if (hit && fits(hit.deps, relation, view.lang, original, selected, sourceName, targetName, view.edgeAria, bend)) return hit.value;
    return memo(edgeCache, edge, [relation, view.lang, original, selected, sourceName, targetName, view.edgeAria, bend], () => {
      const relationText = localize(relation.label, relation.labels, view.lang, original);
      const own = edge.label ? localize(edge.label, edge.labels, view.lang, original) : undefined;
      // Markers are ours (canvas/edges/Markers.tsx draws one per id in use): React Flow's built-in
      // ones have a single shape and scale with the stroke. A string marker is used as the id as is.
      const stroke = strokeOf(relation);
      const arrow = relation.arrow ?? 'end';
      const heads = stroke.head !== 'none';
      const marker = (end: 'start' | 'end') => markerId({ head: stroke.head, color: relation.color, width: stroke.width, end });
      return {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: 'relation',
        selected,
        ...(heads && arrow !== 'none' ? { markerEnd: marker('end') } : {}),
        ...(heads && arrow === 'both' ? { markerStart: marker('start') } : {}),
        ariaLabel: view.edgeAria(sourceName, targetName, own?.text ?? relationText.text),
        domAttributes: EDGE_DOM,
        data: {
          relationId: relation.id,
          relationLabel: relationText.text,
          ...(own ? { label: own.text } : {}),
          missing: own ? own.missing : relationText.missing,
          color: relation.color,
          line: stroke.line,
          arrow,
          head: stroke.head,
          width: stroke.width,
          ...(bend ? { bend } : {}),
        },
      };
    });
  });
}

/** `next` if any item differs from `prev`'s, else `prev` itself: React Flow skips `setNodes`/`setEdges` for the same array. */
export function sameItems<T>(prev: T[] | undefined, next: T[]): T[] {
  if (!prev || prev.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (prev[i] !== next[i]) return next;
  return prev;
}

/** A function that returns its last result again while the items are the same objects. */
export function keepSameItems<T>(): (next: T[]) => T[] {
  let last: T[] | undefined;
  return (next) => (last = sameItems(last, next));
}

/**
 * Edges that share a pair of nodes (either direction) get bends of alternating sign so none
 * hides another; a lone edge stays straight. Bends are signed relative to the sorted pair so
 * that A→B and B→A curve apart.
 */
export function parallelBends(edges: readonly ModelEdge[]): Map<string, number> {
  const groups = new Map<string, ModelEdge[]>();
  for (const e of edges) {
    if (e.source === e.target) continue;
    const key = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  const out = new Map<string, number>();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    list.forEach((e, i) => {
      const offset = (i - (list.length - 1) / 2) * 28;
      out.set(e.id, e.source < e.target ? offset : -offset);
    });
  }
  return out;
}
