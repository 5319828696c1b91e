// @vitest-environment jsdom
/**
 * The library beside the canvas at start-up (issue 16): shown when the library has models or
 * recent files and nothing else is open, never on a first visit, never once switched off.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { validModel } from '../../io/testing/fixtures';
import { useAppStore } from '../appStore';
import { useFileSession } from '../files/session';
import { setLibraryBackend } from './access';
import { MemoryBackend } from './backend';
import { Library } from './library';
import { LIBRARY_AT_START_KEY, openLibraryAtStart, setLibraryAtStart, showsLibraryAtStart } from './startView';
import { useLibraryView } from './view';

let db: MemoryBackend;
const memoryStorage = () => {
  const map = new Map<string, string>();
  return () => ({ getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) }) as unknown as Storage;
};

beforeEach(() => {
  db = new MemoryBackend();
  setLibraryBackend(db);
  useAppStore.setState({ toolPanel: null, dialog: null, notices: [], uiLang: 'en' });
  useLibraryView.setState({ status: 'idle', models: [], recent: [], shownAtStart: false });
  useFileSession.getState().forget();
});

describe('the library at start-up', () => {
  it('stays closed while the library is empty (a first visit)', async () => {
    expect(await openLibraryAtStart(memoryStorage())).toBe(false);
    expect(useAppStore.getState().toolPanel).toBeNull();
  });

  it('opens beside the canvas once the library holds a model, and asks to frame the figure again', async () => {
    await new Library(db).add(validModel(), 'Kept model');
    expect(await openLibraryAtStart(memoryStorage())).toBe(true);
    expect(useAppStore.getState().toolPanel).toBe('library');
    expect(useLibraryView.getState()).toMatchObject({ status: 'ready', shownAtStart: true });
    expect(useLibraryView.getState().models.map((m) => m.title)).toEqual(['Kept model']);
  });

  it('stays closed when the only model in it is the one that opens', async () => {
    const record = await new Library(db).add(validModel(), 'Kept model');
    useFileSession.getState().bindLibrary(record.id);
    expect(await openLibraryAtStart(memoryStorage())).toBe(false);
    await new Library(db).add(validModel(), 'Another');
    expect(await openLibraryAtStart(memoryStorage())).toBe(true);
  });

  it('recent files alone are enough', async () => {
    await new Library(db).addRecent('paper.json', null);
    expect(await openLibraryAtStart(memoryStorage())).toBe(true);
  });

  it('does not replace a dialog or another tool panel already open', async () => {
    await new Library(db).add(validModel(), 'Kept model');
    useAppStore.setState({ toolPanel: 'text' });
    expect(await openLibraryAtStart(memoryStorage())).toBe(false);
    expect(useAppStore.getState().toolPanel).toBe('text');
  });

  it('is a remembered choice: switched off, it stays closed', async () => {
    const storage = memoryStorage();
    await new Library(db).add(validModel(), 'Kept model');
    setLibraryAtStart(false, storage);
    expect(storage().getItem(LIBRARY_AT_START_KEY)).toBe('off');
    expect(showsLibraryAtStart(storage)).toBe(false);
    expect(await openLibraryAtStart(storage)).toBe(false);
    setLibraryAtStart(true, storage);
    expect(await openLibraryAtStart(storage)).toBe(true);
  });
});
