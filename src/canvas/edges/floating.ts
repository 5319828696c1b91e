/**
 * Border-to-border ("floating") edge geometry, as in paper figures: an edge runs along the line
 * between the two nodes' centres and starts/ends where that line leaves each node's outline.
 */
export type Box = { x: number; y: number; width: number; height: number; ellipse?: boolean };
export type Pt = { x: number; y: number };

const centre = (b: Box): Pt => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Where the ray from the box's centre towards `toward` crosses its outline. */
export function outlinePoint(box: Box, toward: Pt): Pt {
  const c = centre(box);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const hw = box.width / 2;
  const hh = box.height / 2;
  let t: number;
  if (box.ellipse) {
    t = 1 / Math.sqrt((dx * dx) / (hw * hw) + (dy * dy) / (hh * hh));
  } else {
    const tx = dx !== 0 ? hw / Math.abs(dx) : Infinity;
    const ty = dy !== 0 ? hh / Math.abs(dy) : Infinity;
    t = Math.min(tx, ty);
  }
  return { x: c.x + dx * t, y: c.y + dy * t };
}

export type FloatingPath = { path: string; labelX: number; labelY: number; start: Pt; end: Pt };

/**
 * The path between two boxes. `bend` (in px, perpendicular to the centre line) curves the edge,
 * used to keep two opposite edges between the same pair of nodes apart. A node connected to
 * itself gets a loop above its top-right corner.
 */
export function floatingPath(source: Box, target: Box, bend = 0, gap = 2): FloatingPath {
  if (source === target || (source.x === target.x && source.y === target.y && source.width === target.width)) {
    return selfLoop(source);
  }
  const sc = centre(source);
  const tc = centre(target);
  const len = Math.hypot(tc.x - sc.x, tc.y - sc.y) || 1;
  const nx = -(tc.y - sc.y) / len;
  const ny = (tc.x - sc.x) / len;
  const control = { x: (sc.x + tc.x) / 2 + nx * bend * 2, y: (sc.y + tc.y) / 2 + ny * bend * 2 };
  const aim = bend === 0 ? [tc, sc] : [control, control];
  const start = pull(outlinePoint(source, aim[0]), aim[0], gap);
  const end = pull(outlinePoint(target, aim[1]), aim[1], gap);
  if (bend === 0) {
    return { path: `M${r(start.x)},${r(start.y)} L${r(end.x)},${r(end.y)}`, labelX: (start.x + end.x) / 2, labelY: (start.y + end.y) / 2, start, end };
  }
  const mid = { x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x, y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y };
  return { path: `M${r(start.x)},${r(start.y)} Q${r(control.x)},${r(control.y)} ${r(end.x)},${r(end.y)}`, labelX: mid.x, labelY: mid.y, start, end };
}

function selfLoop(box: Box): FloatingPath {
  const start = { x: box.x + box.width * 0.75, y: box.y };
  const end = { x: box.x + box.width, y: box.y + box.height * 0.25 };
  const k = 40;
  const path = `M${r(start.x)},${r(start.y)} C${r(start.x)},${r(start.y - k)} ${r(end.x + k)},${r(end.y)} ${r(end.x)},${r(end.y)}`;
  return { path, labelX: box.x + box.width + k * 0.6, labelY: box.y - k * 0.6, start, end };
}

/** Moves a point `gap` px away from the outline, towards `toward`, so arrowheads don't touch borders. */
function pull(p: Pt, toward: Pt, gap: number): Pt {
  const dx = toward.x - p.x;
  const dy = toward.y - p.y;
  const d = Math.hypot(dx, dy);
  if (d === 0 || gap === 0) return p;
  return { x: p.x + (dx / d) * gap, y: p.y + (dy / d) * gap };
}

const r = (n: number) => Math.round(n * 10) / 10;
