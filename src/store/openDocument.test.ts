import { beforeEach, describe, expect, it } from 'vitest';
import { blankModel } from '../model/blank';
import { moveNodes } from '../model/edits';
import type { TheoryModel } from '../model/types';
import { history, useAppStore } from './appStore';
import { createTestEditor } from './testing/testEditor';
import { openDocument, quotedTitle } from './openDocument';

const work: TheoryModel = { ...blankModel('work', new Date(0)), nodes: [{ id: 'a', kind: 'actor', label: 'A', position: { x: 0, y: 0 } }] };
const other = blankModel('other', new Date(0));
const undoNotice = () => useAppStore.getState().notices.find((n) => n.actions?.some((a) => a.label === 'Undo'));

beforeEach(() => {
  createTestEditor({ state: { doc: work, notices: [], uiLang: 'en' } });
  // Some earlier work in this session: opening must not erase it from history.
  useAppStore.getState().edit((d) => moveNodes(d, new Map([['a', { x: 5, y: 5 }]])));
});

describe('openDocument', () => {
  it('replaces the document as exactly one undo step and keeps the earlier history', () => {
    const before = useAppStore.getState().doc;
    openDocument(other, '“other”');
    expect(useAppStore.getState().doc).toBe(other);
    expect(history().pastStates).toHaveLength(2);
    history().undo();
    expect(useAppStore.getState().doc).toBe(before);
    history().undo();
    expect(useAppStore.getState().doc).toBe(work);
  });

  it('says "Opened X — Undo to go back", and its Undo button goes back', () => {
    const before = useAppStore.getState().doc;
    openDocument(other, '“other”');
    const notice = undoNotice();
    expect(notice).toMatchObject({ tone: 'info', text: 'Opened “other” — Undo to go back.' });
    notice!.actions![0].run();
    expect(useAppStore.getState().doc).toBe(before);
  });

  it('the notice goes once the document moves on, so its Undo can never undo a later edit', async () => {
    openDocument(other, '“other”');
    const run = undoNotice()!.actions![0].run;
    useAppStore.getState().edit((d) => ({ ...d, meta: { ...d.meta, title: 'edited' } }));
    await Promise.resolve();
    expect(undoNotice()).toBeUndefined();
    const edited = useAppStore.getState().doc;
    run(); // a stale button (e.g. clicked during the re-render) does nothing
    expect(useAppStore.getState().doc).toBe(edited);
  });

  it('keeps the notice through a change merged into the opening (room made once nodes are measured), and Undo still goes back', async () => {
    const before = useAppStore.getState().doc;
    openDocument(other, '“other”');
    useAppStore.getState().edit((d) => ({ ...d, meta: { ...d.meta, title: 'grown' } }), 'merge');
    await Promise.resolve();
    expect(useAppStore.getState().doc.meta.title).toBe('grown');
    const notice = undoNotice();
    expect(notice).toBeDefined();
    notice!.actions!.find((a) => a.label === 'Undo')!.run();
    expect(useAppStore.getState().doc).toBe(before);
    await Promise.resolve();
    expect(undoNotice()).toBeUndefined();
  });

  it('goes when a new step is recorded even if the history is full (the step count stays the same)', async () => {
    createTestEditor({ historyLimit: 1, state: { doc: work, notices: [], uiLang: 'en' } });
    openDocument(other, '“other”');
    expect(history().pastStates).toHaveLength(1);
    useAppStore.getState().edit((d) => ({ ...d, meta: { ...d.meta, title: 'edited' } }));
    expect(history().pastStates).toHaveLength(1);
    await Promise.resolve();
    expect(undoNotice()).toBeUndefined();
  });
});

describe('quotedTitle', () => {
  it('quotes the title in the diagram language and cuts long ones by characters, not UTF-16 units', () => {
    const doc = { ...blankModel('学校模型', new Date(0)), meta: { ...blankModel().meta, title: '学校模型', labels: { en: 'School model' } } };
    expect(quotedTitle(doc, 'en')).toBe('“School model”');
    expect(quotedTitle(doc, 'zh')).toBe('“学校模型”');
    const long = { ...doc, meta: { ...doc.meta, title: '😀'.repeat(60) } };
    expect(quotedTitle(long, 'zh')).toBe(`“${'😀'.repeat(47)}…”`);
  });
});
