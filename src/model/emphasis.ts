/**
 * What the canvas emphasises and what it dims or hides (issue 14): a focus on an element's
 * neighbourhood, the legend's per-kind and per-relation filters, and find hits. Pure: the store
 * holds the settings as view state (never saved, never an undo step), this says per element how to
 * draw it, and the canvas and the exported image (which is read off the canvas) follow it.
 */
import { GROUP_KIND } from './types';

export type FilterMode = 'show' | 'dim' | 'hide';
/** Per kind id and per relation id; an id not listed is shown. Maps, as the keys are data (any id, `__proto__` too). */
export type Filters = { kinds: ReadonlyMap<string, FilterMode>; relations: ReadonlyMap<string, FilterMode> };
/** Focus on these elements (the selection) and what lies within `hops` relations of them. */
export type Focus = { ids: readonly string[]; hops: 1 | 2 };
/** `hit`: a find match; `current`: the match the view is on. */
/** `removed` / `changed`: the compare overlay (in the open model, but gone or different in the other). */
export type Look = 'dim' | 'hidden' | 'hit' | 'current' | 'removed' | 'changed';
export type DiffMarks = { nodes: ReadonlyMap<string, 'removed' | 'changed'>; edges: ReadonlyMap<string, 'removed' | 'changed'> };
export type Emphasis = { nodes: ReadonlyMap<string, Look>; edges: ReadonlyMap<string, Look> };

export const NO_FILTERS: Filters = { kinds: new Map(), relations: new Map() };
export const NO_EMPHASIS: Emphasis = { nodes: new Map(), edges: new Map() };

export type EmphasisInput = {
  focus?: Focus | null;
  filters?: Filters;
  /** Find hits; `current` is the one the view is on (node and edge ids are separate namespaces). */
  hits?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string>; current?: { type: 'node' | 'edge'; id: string } | null } | null;
  diff?: DiffMarks | null;
  /** Presentation mode: what the current step shows (model/presentation/steps.ts `stepScope`); the rest is dimmed. */
  step?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
};

export const modeOf = (table: ReadonlyMap<string, FilterMode>, id: string): FilterMode => table.get(id) ?? 'show';

/**
 * Whether anything is emphasised at all: a focus, filters, find hits, compare marks or a step.
 * When nothing is, every element is drawn as it is, and the code that works out each element's
 * look (emphasisLooks.ts) need not be loaded (issue 15, first load).
 */
export function hasEmphasis(input: EmphasisInput): boolean {
  const filters = input.filters ?? NO_FILTERS;
  return !!((input.focus && input.focus.ids.length > 0) || input.hits || input.diff || input.step || filters.kinds.size > 0 || filters.relations.size > 0);
}

/** Whether a kind can be filtered from the legend (groups are boxes, not a kind of element in it). */
export const filterableKind = (kind: string) => kind !== GROUP_KIND;

/** The next mode of a legend toggle: show → dim → hide → show. */
export function nextMode(mode: FilterMode): FilterMode {
  return mode === 'show' ? 'dim' : mode === 'dim' ? 'hide' : 'show';
}

/** `filters` with one entry set; 'show' removes the entry so an all-shown table is empty. */
export function withFilter(filters: Filters, table: keyof Filters, id: string, mode: FilterMode): Filters {
  const next = new Map(filters[table]);
  if (mode === 'show') next.delete(id);
  else next.set(id, mode);
  return { ...filters, [table]: next };
}
