/**
 * Pure geometry for the figures check (issue 10, "Done when"): SVG path data → polylines,
 * segment–shape intersection and box overlap tests. No DOM, no browser: the check reads raw
 * geometry from the page and decides here, so these rules are unit-tested (geometry.test.ts).
 */

export type Pt = { x: number; y: number };
export type Box = { x: number; y: number; width: number; height: number };
/** A 2-D affine matrix as SVG/DOMMatrix writes it: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = { a: number; b: number; c: number; d: number; e: number; f: number };

/** Points per curve segment: enough that a sampled curve is within a pixel of the real one at figure sizes. */
export const CURVE_SAMPLES = 16;

const finite = (n: number) => Number.isFinite(n);

/** Splits path data into commands with their numbers (`1e-3`, `-.5.5` and `10-5` included). */
function tokens(d: string): { cmd: string; args: number[] }[] {
  const out: { cmd: string; args: number[] }[] = [];
  const re = /([MmLlHhVvCcSsQqTtAaZz])|([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/g;
  let current: { cmd: string; args: number[] } | undefined;
  for (const m of d.matchAll(re)) {
    if (m[1]) {
      current = { cmd: m[1], args: [] };
      out.push(current);
    } else if (current) {
      current.args.push(Number(m[2]));
    }
  }
  return out;
}

/** Arity of each command: how many numbers one repetition takes (arcs' flags count as numbers). */
const ARITY: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };

function cubic(p0: Pt, p1: Pt, p2: Pt, p3: Pt, out: Pt[]) {
  for (let i = 1; i <= CURVE_SAMPLES; i++) {
    const t = i / CURVE_SAMPLES;
    const u = 1 - t;
    out.push({
      x: u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x,
      y: u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y,
    });
  }
}

function quadratic(p0: Pt, p1: Pt, p2: Pt, out: Pt[]) {
  for (let i = 1; i <= CURVE_SAMPLES; i++) {
    const t = i / CURVE_SAMPLES;
    const u = 1 - t;
    out.push({ x: u * u * p0.x + 2 * u * t * p1.x + t * t * p2.x, y: u * u * p0.y + 2 * u * t * p1.y + t * t * p2.y });
  }
}

/** An elliptical arc (SVG implementation notes F.6.5), sampled; a degenerate arc is a line. */
function arc(p0: Pt, rxIn: number, ryIn: number, angle: number, large: boolean, sweep: boolean, p1: Pt, out: Pt[]) {
  let rx = Math.abs(rxIn);
  let ry = Math.abs(ryIn);
  if (rx === 0 || ry === 0 || (p0.x === p1.x && p0.y === p1.y)) {
    out.push(p1);
    return;
  }
  const phi = (angle * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (p0.x - p1.x) / 2;
  const dy = (p0.y - p1.y) / 2;
  const x1 = cos * dx + sin * dy;
  const y1 = -sin * dx + cos * dy;
  const scale = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
  if (scale > 1) {
    rx *= Math.sqrt(scale);
    ry *= Math.sqrt(scale);
  }
  const num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
  const den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
  const k = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
  const cx1 = (k * rx * y1) / ry;
  const cy1 = (-k * ry * x1) / rx;
  const cx = cos * cx1 - sin * cy1 + (p0.x + p1.x) / 2;
  const cy = sin * cx1 + cos * cy1 + (p0.y + p1.y) / 2;
  const ang = (ux: number, uy: number, vx: number, vy: number) => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const theta = ang(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
  let delta = ang((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  for (let i = 1; i <= CURVE_SAMPLES; i++) {
    const t = theta + (delta * i) / CURVE_SAMPLES;
    const ex = rx * Math.cos(t);
    const ey = ry * Math.sin(t);
    out.push(i === CURVE_SAMPLES ? p1 : { x: cos * ex - sin * ey + cx, y: sin * ex + cos * ey + cy });
  }
}

/**
 * Path data as polylines, one per subpath (each `M` starts one), curves sampled.
 * Absolute and relative commands, implicit repetition, `Z` back to the subpath's start.
 * Anything after a malformed command (too few numbers, a non-finite one) is dropped.
 */
export function parsePath(d: string): Pt[][] {
  const lines: Pt[][] = [];
  let line: Pt[] = [];
  let at: Pt = { x: 0, y: 0 };
  let start: Pt = at;
  let lastCubic: Pt | undefined; // second control point of the previous C/S, for S
  let lastQuad: Pt | undefined; // control point of the previous Q/T, for T
  const flush = () => {
    if (line.length > 1) lines.push(line);
    line = [];
  };
  outer: for (const { cmd, args } of tokens(d)) {
    const lower = cmd.toLowerCase();
    const rel = cmd !== cmd.toUpperCase();
    const n = ARITY[lower];
    if (lower === 'z') {
      if (line.length > 0) line.push(start);
      at = start;
      lastCubic = lastQuad = undefined;
      continue;
    }
    if (args.length === 0 || args.length % n !== 0 || !args.every(finite)) break;
    for (let i = 0; i < args.length; i += n) {
      const v = args.slice(i, i + n);
      const pt = (x: number, y: number): Pt => (rel ? { x: at.x + x, y: at.y + y } : { x, y });
      let cubicCtrl: Pt | undefined;
      let quadCtrl: Pt | undefined;
      if (lower === 'm') {
        const p = pt(v[0], v[1]);
        if (i === 0) {
          flush();
          start = p;
        }
        line.push(p); // pairs after the first are implicit line-tos
        at = p;
      } else if (lower === 'l' || lower === 'h' || lower === 'v') {
        const p = lower === 'l' ? pt(v[0], v[1]) : lower === 'h' ? { x: rel ? at.x + v[0] : v[0], y: at.y } : { x: at.x, y: rel ? at.y + v[0] : v[0] };
        if (line.length === 0) line.push(at);
        line.push(p);
        at = p;
      } else if (lower === 'c' || lower === 's') {
        const c1 = lower === 'c' ? pt(v[0], v[1]) : lastCubic ? { x: 2 * at.x - lastCubic.x, y: 2 * at.y - lastCubic.y } : at;
        const c2 = lower === 'c' ? pt(v[2], v[3]) : pt(v[0], v[1]);
        const p = lower === 'c' ? pt(v[4], v[5]) : pt(v[2], v[3]);
        if (line.length === 0) line.push(at);
        cubic(at, c1, c2, p, line);
        cubicCtrl = c2;
        at = p;
      } else if (lower === 'q' || lower === 't') {
        const c = lower === 'q' ? pt(v[0], v[1]) : lastQuad ? { x: 2 * at.x - lastQuad.x, y: 2 * at.y - lastQuad.y } : at;
        const p = lower === 'q' ? pt(v[2], v[3]) : pt(v[0], v[1]);
        if (line.length === 0) line.push(at);
        quadratic(at, c, p, line);
        quadCtrl = c;
        at = p;
      } else if (lower === 'a') {
        const p = pt(v[5], v[6]);
        if (line.length === 0) line.push(at);
        arc(at, v[0], v[1], v[2], v[3] !== 0, v[4] !== 0, p, line);
        at = p;
      } else {
        break outer;
      }
      lastCubic = cubicCtrl;
      lastQuad = quadCtrl;
    }
  }
  flush();
  return lines;
}

export function applyMatrix(m: Matrix, p: Pt): Pt {
  return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
}

/** The axis-aligned box around a transformed box (exact for translate/scale, the only transforms our SVG uses). */
export function transformBox(m: Matrix, b: Box): Box {
  const corners = [applyMatrix(m, { x: b.x, y: b.y }), applyMatrix(m, { x: b.x + b.width, y: b.y }), applyMatrix(m, { x: b.x, y: b.y + b.height }), applyMatrix(m, { x: b.x + b.width, y: b.y + b.height })];
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

export function inset(b: Box, by: number): Box {
  return { x: b.x + by, y: b.y + by, width: b.width - 2 * by, height: b.height - 2 * by };
}

/** The two boxes share an area deeper than `tolerance` in both directions (touching or a hairline overlap is not overlap). */
export function boxesOverlap(a: Box, b: Box, tolerance: number): boolean {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > tolerance && h > tolerance;
}

/** `inner` lies within `outer`, allowing it to stick out by up to `tolerance` (negative: must stay that far inside). */
export function contains(outer: Box, inner: Box, tolerance: number): boolean {
  return (
    inner.x >= outer.x - tolerance &&
    inner.y >= outer.y - tolerance &&
    inner.x + inner.width <= outer.x + outer.width + tolerance &&
    inner.y + inner.height <= outer.y + outer.height + tolerance
  );
}

export function pointInBox(p: Pt, b: Box, tolerance = 0): boolean {
  return p.x >= b.x - tolerance && p.x <= b.x + b.width + tolerance && p.y >= b.y - tolerance && p.y <= b.y + b.height + tolerance;
}

/**
 * Whether segment a→b passes through the open interior of `box` (Liang–Barsky clipping). A
 * segment that only touches the outline, or runs along it, does not; one ending inside does.
 */
export function segmentCrossesBox(a: Pt, b: Pt, box: Box): boolean {
  if (box.width <= 0 || box.height <= 0) return false;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a.x - box.x],
    [dx, box.x + box.width - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.height - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false; // parallel to this side and on or outside it
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 >= t1) return false;
  }
  // Inside for a stretch of positive length (not a single corner point).
  return (t1 - t0) * Math.hypot(dx, dy) > 1e-9;
}

/** Whether segment a→b enters the open interior of the ellipse inscribed in `box`. */
export function segmentCrossesEllipse(a: Pt, b: Pt, box: Box): boolean {
  const rx = box.width / 2;
  const ry = box.height / 2;
  if (rx <= 0 || ry <= 0) return false;
  const cx = box.x + rx;
  const cy = box.y + ry;
  // In the ellipse's unit-circle space: the segment's nearest point to the centre is inside.
  const ax = (a.x - cx) / rx;
  const ay = (a.y - cy) / ry;
  const bx = (b.x - cx) / rx;
  const by = (b.y - cy) / ry;
  const vx = bx - ax;
  const vy = by - ay;
  const len2 = vx * vx + vy * vy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * vx + ay * vy) / len2));
  const px = ax + vx * t;
  const py = ay + vy * t;
  return px * px + py * py < 1 - 1e-9;
}

/** Whether any segment of the polylines crosses the shape, shrunk by `tolerance` on every side first. */
export function polylinesCross(lines: readonly Pt[][], shape: { box: Box; ellipse?: boolean }, tolerance: number): boolean {
  const target = inset(shape.box, tolerance);
  const test = shape.ellipse ? segmentCrossesEllipse : segmentCrossesBox;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) if (test(line[i - 1], line[i], target)) return true;
  }
  return false;
}

export function area(b: Box): number {
  return Math.max(0, b.width) * Math.max(0, b.height);
}
