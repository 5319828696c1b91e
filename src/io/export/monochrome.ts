/**
 * "Black and white" export: most journals print figures in greyscale, where colours that differ
 * only in hue print as the same grey. So every ink (strokes, text, arrowheads) becomes black and
 * every fill a white or light grey (a solid mark such as a badge becomes black, its white text
 * stays white); what tells relation types apart is then only what the
 * vocabulary gives them besides colour: line pattern, width and arrowhead.
 *
 * Applied to the Scene (the paint level), before the SVG is drawn, so whatever the SVG builder
 * derives from a colour — arrowhead markers included — follows. A last pass (`greySvg`) turns any
 * colour the builder added on its own (title ink, legend border) into its grey, so nothing
 * chromatic is left in the file.
 */
import { paint, type Paint } from './color';
import type { BoxStyle, Scene, TextBlock } from './scene';

const hex2 = (n: number) => Math.round(Math.min(255, Math.max(0, n))).toString(16).padStart(2, '0');
const grey = (v: number) => `#${hex2(v * 255).repeat(3)}`;
const withAlpha = (hex: string, alpha: number) => (alpha >= 1 ? hex : `${hex}${hex2(alpha * 255)}`);

/** Relative luminance (WCAG, sRGB) of a `#rrggbb`. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Perceived lightness 0–1 (luminance gamma-encoded back), so greys step evenly to the eye. */
const lightness = (hex: string) => luminance(hex) ** (1 / 2.2);

const saturation = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return (Math.max(r, g, b) - Math.min(r, g, b)) / 255;
};

/** The lightest grey a tinted fill may become: a 9 % tint still reads as a box, and text on it as black on near-white. */
const DARKEST_FILL = 0.82;

/** A fill: white stays white, a tint becomes a light grey (the stronger the tint, the darker, down to 82 %). */
export function paperOf(color: string): string {
  const p: Paint = paint(color);
  if (p.alpha === 0) return 'transparent';
  const darkness = 1 - lightness(p.hex);
  const level = Math.max(DARKEST_FILL, 1 - darkness * 1.5);
  return withAlpha(grey(level), p.alpha);
}

/**
 * Any fill: a strong one (lightness under 60 %, e.g. a kind's solid badge behind white text) is a
 * mark and becomes black, so its light text stays readable; every other fill becomes paper.
 */
export function fillOf(color: string): string {
  const p = paint(color);
  if (p.alpha > 0 && lightness(p.hex) < 0.6) return withAlpha('#000000', p.alpha);
  return paperOf(color);
}

/**
 * An ink: black, with its opacity. A light neutral line (a hairline border, a separator) keeps
 * its own grey, so the figure does not gain heavy black frames it never had.
 */
export function inkOf(color: string): string {
  const p = paint(color);
  if (p.alpha === 0) return 'transparent';
  if (saturation(p.hex) < 0.08 && luminance(p.hex) > 0.45) return withAlpha(grey(lightness(p.hex)), p.alpha);
  return withAlpha('#000000', p.alpha);
}

const box = (s: BoxStyle): BoxStyle => ({ ...s, fill: fillOf(s.fill), stroke: inkOf(s.stroke) });
const text = (t: TextBlock): TextBlock => ({ ...t, color: inkOf(t.color) });

export function monochromeScene(scene: Scene): Scene {
  return {
    ...scene,
    groups: scene.groups.map((g) => ({ ...g, style: box(g.style), title: text(g.title) })),
    edges: scene.edges.map((e) => ({ ...e, color: inkOf(e.color) })),
    nodes: scene.nodes.map((n) => ({
      ...n,
      style: box(n.style),
      label: text(n.label),
      badge: n.badge && { ...n.badge, fill: fillOf(n.badge.fill), text: text(n.badge.text) },
    })),
    edgeLabels: scene.edgeLabels.map((l) => ({ ...l, style: box(l.style), text: text(l.text) })),
  };
}

/** Legend entries: their colour is the swatch's ink (kind swatches fill it at 12 %, which prints light grey). */
export function monochromeEntries<T extends { color: string }>(entries: readonly T[]): T[] {
  return entries.map((e) => ({ ...e, color: inkOf(e.color) }));
}

const PAINT_ATTRS = ['fill', 'stroke', 'stop-color', 'flood-color', 'color'];

/** The grey of the same lightness as a colour, for any value `paint` reads; other values are left alone. */
export function greyOf(value: string): string | undefined {
  if (value === 'none' || value.startsWith('url(') || value === 'currentColor') return undefined;
  const p = paint(value);
  return grey(lightness(p.hex));
}

/** Every paint attribute in an SVG tree becomes its grey (a safety net after `monochromeScene`). */
export function greySvg(root: Element): void {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of PAINT_ATTRS) {
      const v = el.getAttribute(attr);
      if (!v) continue;
      const g = greyOf(v.trim());
      if (g) el.setAttribute(attr, g);
    }
  }
}
