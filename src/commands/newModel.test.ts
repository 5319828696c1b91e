import { beforeEach, describe, expect, it } from 'vitest';
import { blankModel, paperVocabulary } from '../model/blank';
import { history, useAppStore } from '../store/appStore';
import { createTestEditor } from '../store/testing/testEditor';
import { runCommand } from './run';
import { findCommand } from './table';

describe('New model command', () => {
  beforeEach(() => {
    createTestEditor({ state: { doc: { ...blankModel('mine', new Date(0)), nodes: [{ id: 'a', kind: 'actor', label: 'A', position: { x: 0, y: 0 } }] }, notices: [], uiLang: 'en' } });
  });

  it('is in the toolbar and opens a blank model with the paper vocabulary as one undoable step', async () => {
    const command = findCommand('newModel');
    expect(command?.toolbar).toBe(true);
    const before = useAppStore.getState().doc;
    await runCommand(command!);
    const doc = useAppStore.getState().doc;
    expect(doc.nodes).toEqual([]);
    expect(doc.vocabulary).toEqual(paperVocabulary());
    expect(useAppStore.getState().notices.map((n) => n.text)).toContain('Opened a new blank model — Undo to go back.');
    history().undo();
    expect(useAppStore.getState().doc).toBe(before);
  });

  it('"Restore previous draft" says when there is none (no storage in this environment)', async () => {
    await runCommand(findCommand('restorePreviousDraft')!);
    expect(useAppStore.getState().notices.map((n) => n.text)).toEqual(['There is no previous draft to restore.']);
  });
});
