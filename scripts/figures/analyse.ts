/**
 * The figures check's rules (docs/figures-check.md), on one measured scene: the canvas (where
 * ids, membership and edge ends are known) or an exported SVG (where membership and ends are
 * inferred from the geometry). Pure: geometry in, offences out.
 */
import { area, boxesOverlap, contains, inset, pointInBox, polylinesCross, type Box, type Pt } from './geometry';

/** Overlaps and crossings shallower than this (px, flow coordinates) are measurement noise, not faults. */
export const TOLERANCE = 1;
/** An exported edge's end is a node whose box, grown by this much, holds the path's first or last point. */
export const END_SLACK = 4;

export type SceneNode = {
  id: string;
  /** What a reader sees: the label, for the report. */
  name: string;
  box: Box;
  group: boolean;
  ellipse?: boolean;
  /** Ids of the groups this node is inside (parent, grandparent…); undefined = infer from geometry. */
  ancestors?: string[];
};
export type SceneEdge = {
  id: string;
  name: string;
  lines: Pt[][];
  /** The node ids it connects; undefined = infer from where the path starts and ends. */
  ends?: string[];
};
export type SceneLabel = { id: string; name: string; box: Box };
/** `titles`: the text of each group's title, which no edge may run through and no label cover. */
export type Scene = { nodes: SceneNode[]; edges: SceneEdge[]; labels: SceneLabel[]; titles?: SceneLabel[] };

export type Findings = { nodeOverlaps: string[]; edgeCrossings: string[]; labelOverlaps: string[] };

const quote = (s: string) => `“${s.length > 28 ? `${s.slice(0, 27)}…` : s}”`;

/**
 * How membership looks to a reader of the SVG: a node belongs to every larger group its centre
 * is in. By the centre, not by containment, so a member that sticks out of its group is reported
 * as sticking out (as on the canvas), and its edges may still leave that group.
 */
export function inferAncestors(nodes: readonly SceneNode[]): SceneNode[] {
  return nodes.map((n) => {
    if (n.ancestors) return n;
    const centre = { x: n.box.x + n.box.width / 2, y: n.box.y + n.box.height / 2 };
    const ancestors = nodes.filter((g) => g.group && g !== n && area(g.box) > area(n.box) && pointInBox(centre, g.box)).map((g) => g.id);
    return { ...n, ancestors };
  });
}

/**
 * The nodes an exported path connects: at each end, the innermost node whose box (grown by
 * END_SLACK) holds the end point. Innermost, so an edge from an element inside a group ends at
 * the element, and its group is exempt as that end's ancestor, not as an end itself.
 */
export function inferEnds(edge: SceneEdge, nodes: readonly SceneNode[]): string[] {
  if (edge.ends) return edge.ends;
  const points = [edge.lines[0]?.[0], edge.lines.at(-1)?.at(-1)].filter((p): p is Pt => p !== undefined);
  const ends: string[] = [];
  for (const p of points) {
    const holding = nodes.filter((n) => pointInBox(p, n.box, END_SLACK)).sort((a, b) => area(a.box) - area(b.box));
    if (holding[0]) ends.push(holding[0].id);
  }
  return ends;
}

function nodeOverlaps(nodes: readonly SceneNode[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i];
      const b = nodes[j];
      if (!a.group && !b.group) {
        if (boxesOverlap(a.box, b.box, TOLERANCE)) out.push(`${quote(a.name)} overlaps ${quote(b.name)}`);
        continue;
      }
      // A group and a node: a member must stay inside its group; anything else must stay out of it.
      const [g, n] = a.group && (!b.group || area(a.box) >= area(b.box)) ? [a, b] : [b, a];
      const member = n.ancestors?.includes(g.id) ?? false;
      if (member) {
        if (!contains(g.box, n.box, TOLERANCE)) out.push(`${quote(n.name)} sticks out of its group ${quote(g.name)}`);
      } else if (boxesOverlap(g.box, n.box, TOLERANCE)) {
        out.push(n.group ? `group ${quote(n.name)} overlaps group ${quote(g.name)}` : `${quote(n.name)} overlaps group ${quote(g.name)}`);
      }
    }
  }
  return out;
}

function edgeCrossings(nodes: readonly SceneNode[], edges: readonly SceneEdge[], titles: readonly SceneLabel[]): string[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out: string[] = [];
  for (const edge of edges) {
    const ends = inferEnds(edge, nodes);
    // A group is crossed only if neither end is it or inside it: leaving one's own group is fine.
    const exempt = new Set(ends);
    for (const id of ends) for (const g of byId.get(id)?.ancestors ?? []) exempt.add(g);
    for (const n of nodes) {
      if (exempt.has(n.id)) continue;
      if (polylinesCross(edge.lines, n, TOLERANCE)) out.push(`edge ${quote(edge.name)} crosses ${n.group ? 'group ' : ''}${quote(n.name)}`);
    }
    for (const t of titles) {
      if (polylinesCross(edge.lines, { box: t.box }, TOLERANCE)) out.push(`edge ${quote(edge.name)} crosses the title ${quote(t.name)}`);
    }
  }
  return out;
}

function labelOverlaps(nodes: readonly SceneNode[], labels: readonly SceneLabel[], titles: readonly SceneLabel[]): string[] {
  const out: string[] = [];
  for (const label of labels) for (const t of titles) if (boxesOverlap(label.box, t.box, TOLERANCE)) out.push(`label ${quote(label.name)} on the title ${quote(t.name)}`);
  for (const label of labels) {
    for (const n of nodes) {
      if (!boxesOverlap(label.box, n.box, TOLERANCE)) continue;
      // Inside a group's box, clear of its outline, a label is on the group's background: fine.
      if (n.group && contains(inset(n.box, TOLERANCE), label.box, 0)) continue;
      out.push(`label ${quote(label.name)} on ${n.group ? 'the outline of group ' : ''}${quote(n.name)}`);
    }
  }
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      if (boxesOverlap(labels[i].box, labels[j].box, TOLERANCE)) out.push(`label ${quote(labels[i].name)} overlaps label ${quote(labels[j].name)}`);
    }
  }
  return out;
}

export function analyse(scene: Scene): Findings {
  const nodes = inferAncestors(scene.nodes);
  return { nodeOverlaps: nodeOverlaps(nodes), edgeCrossings: edgeCrossings(nodes, scene.edges, scene.titles ?? []), labelOverlaps: labelOverlaps(nodes, scene.labels, scene.titles ?? []) };
}
