import { describe, expect, it } from 'vitest';
import { serializeModel } from '../../io/serialize';
import { validModel } from '../../io/testing/fixtures';
import { MemoryBackend } from './backend';
import { Library } from './library';

function makeLibrary() {
  const db = new MemoryBackend();
  let clock = Date.UTC(2026, 0, 1);
  let n = 0;
  const library = new Library(db, { now: () => (clock += 1000), newId: () => `id${++n}` });
  return { db, library };
}

describe('Library', () => {
  it('keeps the model as its exact serialized text and opens it through the import path', async () => {
    const { library } = makeLibrary();
    const doc = validModel();
    const record = await library.add(doc, 'Mine');
    expect(record.data).toBe(serializeModel(doc));
    expect(record.thumbnail.startsWith('data:image/svg+xml')).toBe(true);
    const opened = await library.open(record.id);
    expect(opened.ok && serializeModel(opened.model)).toBe(serializeModel(doc));
    expect((await library.list()).map((r) => r.title)).toEqual(['Mine']);
  });

  it('renames, duplicates and lists newest first', async () => {
    const { library } = makeLibrary();
    const a = await library.add(validModel(), 'A');
    await library.rename(a.id, 'Renamed');
    const copy = await library.duplicate(a.id, 'Renamed (copy)');
    const list = await library.list();
    expect(list.map((r) => r.title)).toEqual(['Renamed (copy)', 'Renamed']);
    expect(copy?.data).toBe(a.data);
  });

  it('a delete takes the versions with it, and restore brings back exactly that', async () => {
    const { library } = makeLibrary();
    const a = await library.add(validModel(), 'A');
    await library.saveVersion(a.id, validModel(), 'first');
    const removed = await library.remove(a.id);
    expect(await library.list()).toEqual([]);
    expect(await library.versions(a.id)).toEqual([]);
    await library.restore(removed!);
    expect((await library.list())[0]).toEqual(a);
    expect((await library.versions(a.id)).map((v) => v.note)).toEqual(['first']);
  });

  it('versions are listed newest first and restore through the import path', async () => {
    const { library } = makeLibrary();
    const doc = validModel();
    const a = await library.add(doc, 'A');
    await library.saveVersion(a.id, doc, 'one');
    const changed = { ...doc, meta: { ...doc.meta, title: 'Changed' } };
    const two = await library.saveVersion(a.id, changed, 'two');
    expect((await library.versions(a.id)).map((v) => v.note)).toEqual(['two', 'one']);
    const opened = await library.openVersion(two.id);
    expect(opened.ok && opened.model.meta.title).toBe('Changed');
  });

  it('keeps a corrupt record aside untouched and reports it, and the list still works', async () => {
    const { db, library } = makeLibrary();
    await library.add(validModel(), 'Good');
    const broken = { id: 'bad', title: 'Bad', createdAt: 'x', updatedAt: 'x', data: '{"format":"theory-model","version":3,"nodes":[' };
    db.plant('models', 'bad', broken);
    db.plant('models', 'junk', 42);
    const list = await library.list();
    expect(list.map((r) => r.title)).toEqual(['Good']);
    expect(library.keptAside.map((a) => a.origin).sort()).toEqual(['bad', 'junk']);
    const aside = await library.aside();
    expect(aside.find((a) => a.origin === 'bad')?.raw).toEqual(broken);
    expect(db.stores.get('models')?.has('bad')).toBe(false);
    expect(db.stores.get('models')?.has('junk')).toBe(false);
    library.keptAside = [];
    await library.list();
    expect(library.keptAside).toEqual([]); // reported once, not at every list
  });

  it('a write that fails (storage full) rejects and changes nothing', async () => {
    const { db, library } = makeLibrary();
    const a = await library.add(validModel(), 'A');
    db.failWrites = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    await expect(library.rename(a.id, 'B')).rejects.toThrow('full');
    db.failWrites = null;
    expect((await library.list())[0].title).toBe('A');
  });

  it('recent files: newest first, one per name, at most ten', async () => {
    const { library } = makeLibrary();
    for (let i = 0; i < 12; i++) await library.addRecent(`f${i}.json`, null);
    await library.addRecent('f5.json', null);
    const recent = await library.recent();
    expect(recent).toHaveLength(10);
    expect(recent[0].name).toBe('f5.json');
    expect(new Set(recent.map((r) => r.name)).size).toBe(10);
  });
});
