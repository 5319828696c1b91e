/**
 * The library's operations over a backend (IndexedDB in the app, memory in tests). No React, no
 * store: callers (libraryActions.ts) turn results into documents and notices.
 *
 * Every model read back goes through `importModel(data, { source: 'library' })`. A record that is
 * not one of ours, or whose model cannot be read, is moved to the `aside` store untouched and
 * reported, like an unreadable draft moves to a recovered key; it never stops the list or start-up.
 */
import { inEnglish, msg } from '../../i18n/message';
import { importModel } from '../../io/importModel';
import { serializeModel } from '../../io/serialize';
import { thumbnailDataUrl } from '../../io/thumbnail';
import type { ImportError, RepairNote } from '../../io/types';
import type { TheoryModel } from '../../model/types';
import type { LibraryBackend } from './backend';
import { asModelRecord, asRecentRecord, asVersionRecord, type AsideRecord, type ModelRecord, type RecentRecord, type StoreName, type VersionRecord } from './records';

export type Opened = { ok: true; model: TheoryModel; report: RepairNote[]; record: ModelRecord } | { ok: false; error: ImportError };

/** What a delete took away, so Undo can put back exactly that. */
export type Removed = { record: ModelRecord; versions: VersionRecord[] };

export type LibraryOptions = { now?: () => number; newId?: () => string };

export const RECENT_LIMIT = 10;

const randomId = () => `m-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export class Library {
  private readonly now: () => number;
  private readonly newId: () => string;
  /** Records moved aside by the last `list` or `open`, for the caller to report. */
  keptAside: AsideRecord[] = [];

  constructor(
    readonly db: LibraryBackend,
    options: LibraryOptions = {},
  ) {
    this.now = options.now ?? (() => Date.now());
    this.newId = options.newId ?? randomId;
  }

  private stamp(): string {
    return new Date(this.now()).toISOString();
  }

  /** Keeps `raw` untouched in the aside store and removes it from `from` (under its key `origin`). */
  async keepAside(from: StoreName | null, raw: unknown, reason: string, origin: string): Promise<AsideRecord> {
    const keptAt = this.stamp();
    const aside: AsideRecord = { id: `${from ?? 'unknown'}:${origin}@${keptAt}`, keptAt, origin, reason, raw };
    await this.db.putAll([{ store: 'aside', value: aside }], from ? [{ store: from, id: origin }] : []);
    this.keptAside.push(aside);
    return aside;
  }

  /** Every readable model, newest first; unreadable ones are moved aside (see `keptAside`). */
  async list(): Promise<ModelRecord[]> {
    const out: ModelRecord[] = [];
    for (const [key, raw] of await this.db.entries('models')) {
      const record = asModelRecord(raw);
      const imported = record && record.id === key ? importModel(record.data, { source: 'library' }) : null;
      if (record && imported?.ok) out.push(record);
      else await this.keepAside('models', raw, imported && !imported.ok ? inEnglish(imported.error.message) : 'Not a library record of this app.', key);
    }
    return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async open(id: string): Promise<Opened> {
    const raw = await this.db.get('models', id);
    const record = asModelRecord(raw);
    if (!record) {
      if (raw !== undefined) await this.keepAside('models', raw, 'Not a library record of this app.', id);
      return { ok: false, error: { code: 'invalid', message: msg('library.modelGone') } };
    }
    const imported = importModel(record.data, { source: 'library' });
    if (!imported.ok) {
      await this.keepAside('models', raw, inEnglish(imported.error.message), id);
      return imported;
    }
    return { ok: true, model: imported.model, report: imported.report, record };
  }

  /** Adds `data` (exact text) as a new record. */
  async addText(data: string, title: string, doc: TheoryModel | null, extra: { id?: string; origin?: string } = {}): Promise<ModelRecord> {
    const at = this.stamp();
    const record: ModelRecord = { id: extra.id ?? this.newId(), title, createdAt: at, updatedAt: at, data, thumbnail: doc ? safeThumbnail(doc) : '', ...(extra.origin ? { origin: extra.origin } : {}) };
    await this.db.putAll([{ store: 'models', value: record }]);
    return record;
  }

  add(doc: TheoryModel, title: string): Promise<ModelRecord> {
    return this.addText(serializeModel(doc), title, doc);
  }

  /** Writes the model's current state into its record (the title stays the library's name). */
  async update(id: string, doc: TheoryModel): Promise<ModelRecord | null> {
    const record = asModelRecord(await this.db.get('models', id));
    if (!record) return null;
    const data = serializeModel(doc);
    if (data === record.data) return record;
    const next: ModelRecord = { ...record, data, thumbnail: safeThumbnail(doc), updatedAt: this.stamp() };
    await this.db.putAll([{ store: 'models', value: next }]);
    return next;
  }

  async rename(id: string, title: string): Promise<void> {
    const record = asModelRecord(await this.db.get('models', id));
    if (record) await this.db.putAll([{ store: 'models', value: { ...record, title, updatedAt: this.stamp() } }]);
  }

  async duplicate(id: string, title: string): Promise<ModelRecord | null> {
    const record = asModelRecord(await this.db.get('models', id));
    if (!record) return null;
    const at = this.stamp();
    const copy: ModelRecord = { id: this.newId(), title, createdAt: at, updatedAt: at, data: record.data, thumbnail: record.thumbnail };
    await this.db.putAll([{ store: 'models', value: copy }]);
    return copy;
  }

  /** Deletes a model and its versions in one transaction; returns them for Undo. */
  async remove(id: string): Promise<Removed | null> {
    const record = asModelRecord(await this.db.get('models', id));
    if (!record) return null;
    const versions = await this.versions(id);
    await this.db.putAll([], [{ store: 'models', id }, ...versions.map((v) => ({ store: 'versions' as const, id: v.id }))]);
    return { record, versions };
  }

  async restore(removed: Removed): Promise<void> {
    await this.db.putAll([{ store: 'models', value: removed.record }, ...removed.versions.map((v) => ({ store: 'versions' as const, value: v }))]);
  }

  async saveVersion(modelId: string, doc: TheoryModel, note: string): Promise<VersionRecord> {
    const version: VersionRecord = { id: this.newId(), modelId, note, savedAt: this.stamp(), data: serializeModel(doc) };
    await this.db.putAll([{ store: 'versions', value: version }]);
    return version;
  }

  /** The model's versions, newest first (unreadable ones are skipped here and kept). */
  async versions(modelId: string): Promise<VersionRecord[]> {
    const all = (await this.db.getAll('versions')).map(asVersionRecord);
    return all.filter((v): v is VersionRecord => v !== null && v.modelId === modelId).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async openVersion(versionId: string): Promise<Opened | { ok: true; model: TheoryModel; report: RepairNote[]; version: VersionRecord }> {
    const raw = await this.db.get('versions', versionId);
    const version = asVersionRecord(raw);
    if (!version) return { ok: false, error: { code: 'invalid', message: msg('library.versionGone') } };
    const imported = importModel(version.data, { source: 'library' });
    if (!imported.ok) {
      await this.keepAside('versions', raw, inEnglish(imported.error.message), versionId);
      return imported;
    }
    return { ok: true, model: imported.model, report: imported.report, version };
  }

  /** Remembers a file; the newest RECENT_LIMIT are kept, one entry per name. */
  async addRecent(name: string, handle: unknown): Promise<void> {
    const existing = await this.recent();
    const entry: RecentRecord = { id: `file:${name}`, name, openedAt: this.stamp(), ...(handle ? { handle } : {}) };
    const dropped = existing.filter((r) => r.id !== entry.id).slice(RECENT_LIMIT - 1);
    try {
      await this.db.putAll([{ store: 'recent', value: entry }], dropped.map((r) => ({ store: 'recent' as const, id: r.id })));
    } catch (error) {
      // A handle the browser cannot store (DataCloneError): keep the name at least.
      if (!handle) throw error;
      await this.db.putAll([{ store: 'recent', value: { id: entry.id, name, openedAt: entry.openedAt } }]);
    }
  }

  async recent(): Promise<RecentRecord[]> {
    const all = (await this.db.getAll('recent')).map(asRecentRecord);
    return all.filter((r): r is RecentRecord => r !== null).sort((a, b) => b.openedAt.localeCompare(a.openedAt));
  }

  async aside(): Promise<AsideRecord[]> {
    return (await this.db.getAll('aside')) as AsideRecord[];
  }

  async meta(id: string): Promise<string | null> {
    const v = (await this.db.get('meta', id)) as { value?: unknown } | undefined;
    return typeof v?.value === 'string' ? v.value : null;
  }
}

function safeThumbnail(doc: TheoryModel): string {
  try {
    return thumbnailDataUrl(doc);
  } catch {
    return '';
  }
}
