// @vitest-environment jsdom
/**
 * The record the draft belongs to is remembered across a reload (current.ts); opening another
 * model forgets it, and the next start must not write that other model into the old record.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeModel } from '../../io/serialize';
import { validModel } from '../../io/testing/fixtures';
import { blankModel } from '../../model/blank';
import { useAppStore } from '../appStore';
import { useFileSession } from '../files/session';
import { openDocument } from '../openDocument';
import { setLibraryBackend } from './access';
import { MemoryBackend } from './backend';
import { CURRENT_KEY } from './current';
import { Library } from './library';
import { startLibrarySync, type LibrarySync } from './sync';

let db: MemoryBackend;
let sync: LibrarySync | null = null;
const noDraft = { draft: null, recovered: [] };

beforeEach(() => {
  db = new MemoryBackend();
  setLibraryBackend(db);
  localStorage.clear();
  useFileSession.getState().forget();
  useAppStore.setState({ doc: validModel(), notices: [], uiLang: 'en', toolPanel: null, dialog: null });
});
afterEach(() => sync?.stop());

describe('the library record of the open model across a reload', () => {
  it('opening another model forgets the record, so the next start leaves it as it was', async () => {
    const kept = await new Library(db).add(useAppStore.getState().doc, 'Kept');
    sync = startLibrarySync(noDraft);
    await sync.ready;
    useFileSession.getState().bindLibrary(kept.id);
    expect(localStorage.getItem(CURRENT_KEY)).toBe(kept.id);

    openDocument(blankModel('other', new Date(0)), '“other”');
    expect(useFileSession.getState().libraryId).toBeNull();
    expect(localStorage.getItem(CURRENT_KEY)).toBeNull();
    sync.stop();

    // The next start: the draft is the other model; the kept record must not become it.
    sync = startLibrarySync(noDraft);
    await sync.ready;
    const back = await new Library(db).open(kept.id);
    expect(back.ok && back.record.data).toBe(kept.data);
    expect(kept.data).toBe(serializeModel(validModel()));
    expect(useFileSession.getState().libraryId).toBeNull();
  });

  it('a model still linked at the next start is linked again and brought up to date', async () => {
    const kept = await new Library(db).add(useAppStore.getState().doc, 'Kept');
    sync = startLibrarySync(noDraft);
    await sync.ready;
    useFileSession.getState().bindLibrary(kept.id);
    sync.stop();
    useFileSession.getState().bindLibrary(null);
    localStorage.setItem(CURRENT_KEY, kept.id); // as the page left it
    useAppStore.setState({ doc: { ...validModel(), meta: { ...validModel().meta, title: 'changed' } } });
    sync = startLibrarySync(noDraft);
    await sync.ready;
    expect(useFileSession.getState().libraryId).toBe(kept.id);
    const opened = await new Library(db).open(kept.id);
    expect(opened.ok && opened.model.meta.title).toBe('changed');
  });
});
