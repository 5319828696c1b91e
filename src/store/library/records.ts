/**
 * What the local library keeps in IndexedDB (issue 16; docs/decisions.md "Library"). A model is
 * kept as the exact text Export JSON writes (`data`), never as a parsed object: what comes back
 * out is byte for byte what went in, and it is read only through `importModel(data, { source:
 * 'library' })`. Everything read from the database is checked with these guards first, because
 * another version of the app (or a broken browser profile) may have written it.
 */

export type ModelRecord = {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  /** The model exactly as serialized (or as found in the old localStorage draft). */
  data: string;
  /** An SVG data: URL (io/thumbnail.ts); '' when none could be made. */
  thumbnail: string;
  /** Where it came from when it was not made in the library: 'draft', a recovered key. */
  origin?: string;
};

export type VersionRecord = { id: string; modelId: string; note: string; savedAt: string; data: string };

/** Data the app could not read, kept untouched (like the recovered draft keys): never deleted by the app. */
export type AsideRecord = { id: string; keptAt: string; origin: string; reason: string; raw: unknown };

/** A file opened or saved recently; `handle` only where the File System Access API gave one. */
export type RecentRecord = { id: string; name: string; openedAt: string; handle?: unknown };

export type MetaRecord = { id: string; value: string };

export type StoreName = 'models' | 'versions' | 'recent' | 'aside' | 'meta';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';

export function asModelRecord(v: unknown): ModelRecord | null {
  if (!isObject(v) || !str(v.id) || !str(v.title) || !str(v.createdAt) || !str(v.updatedAt) || !str(v.data)) return null;
  if (v.origin !== undefined && !str(v.origin)) return null;
  return {
    id: v.id,
    title: v.title,
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
    data: v.data,
    thumbnail: str(v.thumbnail) && v.thumbnail.startsWith('data:image/svg+xml') ? v.thumbnail : '',
    ...(v.origin !== undefined ? { origin: v.origin } : {}),
  };
}

export function asVersionRecord(v: unknown): VersionRecord | null {
  if (!isObject(v) || !str(v.id) || !str(v.modelId) || !str(v.note) || !str(v.savedAt) || !str(v.data)) return null;
  return { id: v.id, modelId: v.modelId, note: v.note, savedAt: v.savedAt, data: v.data };
}

export function asRecentRecord(v: unknown): RecentRecord | null {
  if (!isObject(v) || !str(v.id) || !str(v.name) || !str(v.openedAt)) return null;
  return { id: v.id, name: v.name, openedAt: v.openedAt, ...(v.handle !== undefined ? { handle: v.handle } : {}) };
}
