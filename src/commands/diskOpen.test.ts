// @vitest-environment jsdom
/**
 * A recent file's handle comes back from IndexedDB without permission (issue 16: "ask for
 * permission again when reopened"): opening it asks, opens through the import path when allowed,
 * and leaves the open model alone when refused.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeModel } from '../io/serialize';
import { validModel } from '../io/testing/fixtures';
import { blankModel } from '../model/blank';
import { history, useAppStore } from '../store/appStore';
import { useFileSession, type FileHandleLike } from '../store/files/session';
import { openRecent } from './diskOpen';

const onDisk = { ...validModel(), meta: { ...validModel().meta, title: 'On disk' } };

function recentHandle(answer: PermissionState) {
  const requestPermission = vi.fn((_descriptor: { mode: 'read' | 'readwrite' }) => Promise.resolve(answer));
  const handle: FileHandleLike = {
    kind: 'file',
    name: 'paper.json',
    getFile: () => Promise.resolve(new File([serializeModel(onDisk)], 'paper.json', { lastModified: 5 })),
    queryPermission: () => Promise.resolve('prompt'),
    requestPermission,
  };
  return { handle, requestPermission };
}

const open = blankModel('open', new Date(0));

beforeEach(() => {
  useAppStore.setState({ doc: open, notices: [], uiLang: 'en', dialog: null });
  history().clear();
  useFileSession.getState().forget();
});

describe('reopening a recent file', () => {
  it('asks for read permission again, then opens the file and keeps it as the file to save to', async () => {
    const { handle, requestPermission } = recentHandle('granted');
    await openRecent({ id: 'file:paper.json', name: 'paper.json', openedAt: '2026-12-01T00:00:00.000Z', handle });
    expect(requestPermission).toHaveBeenCalledWith({ mode: 'read' });
    expect(useAppStore.getState().doc.meta.title).toBe('On disk');
    expect(useFileSession.getState()).toMatchObject({ fileName: 'paper.json', handle, lastModified: 5 });
  });

  it('when the browser refuses, says so and leaves the open model as it was', async () => {
    const { handle, requestPermission } = recentHandle('denied');
    await openRecent({ id: 'file:paper.json', name: 'paper.json', openedAt: '2026-12-01T00:00:00.000Z', handle });
    expect(requestPermission).toHaveBeenCalledOnce();
    expect(useAppStore.getState().doc).toBe(open);
    expect(useFileSession.getState().fileName).toBeNull();
    expect(useAppStore.getState().notices.map((n) => [n.tone, n.text])).toEqual([['warning', 'No permission to use paper.json.']]);
  });
});
