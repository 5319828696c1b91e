import type { LayoutDirection, LayoutSettings, TheoryModel } from './types';

/**
 * Edits of the Figure preset's settings stored with the model (`doc.layout`, issue 4): the flow
 * direction and which node kind sits in which band. Pure; each returns the same document when
 * nothing changes, so choosing the current value is not an undo step.
 *
 * A band is a list of kind ids; bands are placed in order along the flow (drivers | actors |
 * resources). Kinds in no band go after the last one (src/layout/partitions.ts).
 */

const sameBands = (a: readonly (readonly string[])[] | undefined, b: readonly (readonly string[])[] | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function withLayout(doc: TheoryModel, layout: LayoutSettings): TheoryModel {
  const current = doc.layout ?? {};
  if (current.direction === layout.direction && sameBands(current.bands, layout.bands)) return doc;
  return { ...doc, layout };
}

export function setLayoutDirection(doc: TheoryModel, direction: LayoutDirection): TheoryModel {
  return withLayout(doc, { ...doc.layout, direction });
}

/** The band (0-based) that `kind` is in, or null when it is in none. */
export function bandOfKind(bands: readonly (readonly string[])[], kind: string): number | null {
  const i = bands.findIndex((band) => band.includes(kind));
  return i < 0 ? null : i;
}

/**
 * `bands` with `kind` moved into band `band` (0-based; `bands.length` starts a new last band) or,
 * with null, into no band. Bands left empty disappear, so the numbering stays dense.
 */
export function moveKindToBand(bands: readonly (readonly string[])[], kind: string, band: number | null): string[][] {
  const without = bands.map((b) => b.filter((k) => k !== kind));
  if (band !== null) {
    const at = Math.max(0, Math.min(Math.trunc(band), without.length));
    if (at === without.length) without.push([kind]);
    else without[at] = [...without[at], kind];
  }
  return without.filter((b) => b.length > 0);
}

/**
 * Puts `kind` in band `band` (see moveKindToBand). `current` is the bands in effect now: the
 * document's own, or the layout kernel's defaults when the document has none, so the first edit
 * writes the full list the user saw.
 */
export function setKindBand(doc: TheoryModel, current: readonly (readonly string[])[], kind: string, band: number | null): TheoryModel {
  const next = moveKindToBand(current, kind, band);
  if (doc.layout?.bands && sameBands(doc.layout.bands, next)) return doc;
  if (!doc.layout?.bands && sameBands(current, next)) return doc;
  return withLayout(doc, { ...doc.layout, bands: next });
}
