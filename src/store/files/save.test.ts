import { beforeEach, describe, expect, it } from 'vitest';
import { serializeModel } from '../../io/serialize';
import { validModel } from '../../io/testing/fixtures';
import { useAppStore } from '../appStore';
import { saveFile } from './save';
import { hasUnsavedFile, useFileSession, type FileHandleLike } from './session';

/** A file handle over one string, like the File System Access API's, with a settable mtime. */
function fakeHandle(name: string, initial: string) {
  const disk = { text: initial, mtime: 1000 };
  const handle: FileHandleLike = {
    kind: 'file',
    name,
    getFile: () => Promise.resolve(new File([disk.text], name, { lastModified: disk.mtime })),
    createWritable: () => {
      let next = '';
      return Promise.resolve({
        write: async (data: Blob | string) => void (next = typeof data === 'string' ? data : await data.text()),
        close: () => Promise.resolve(void Object.assign(disk, { text: next, mtime: disk.mtime + 1 })),
      });
    },
    queryPermission: () => Promise.resolve('granted'),
  };
  return { disk, handle };
}

describe('saving to the same file', () => {
  beforeEach(() => {
    useAppStore.getState().replaceDocument(validModel());
    useFileSession.getState().forget();
    useAppStore.setState({ notices: [] });
  });

  it('writes the model back to its file and is then saved; an edit makes it unsaved again', async () => {
    const { disk, handle } = fakeHandle('m.json', 'old');
    useFileSession.getState().bindFile('m.json', handle, useAppStore.getState().doc, 1000);
    const doc = useAppStore.getState().doc;
    useAppStore.getState().replaceDocument({ ...doc, meta: { ...doc.meta, title: 'Edited' } });
    expect(hasUnsavedFile(useAppStore.getState().doc)).toBe(true);
    expect(await saveFile()).toBe(true);
    expect(disk.text).toBe(serializeModel(useAppStore.getState().doc));
    expect(hasUnsavedFile(useAppStore.getState().doc)).toBe(false);
    expect(useFileSession.getState().lastModified).toBe(1001);
  });

  it('does not overwrite a file changed on disk without asking; "Overwrite" then does', async () => {
    const { disk, handle } = fakeHandle('m.json', 'theirs');
    useFileSession.getState().bindFile('m.json', handle, useAppStore.getState().doc, 1000);
    disk.mtime = 5000; // someone else saved it
    expect(await saveFile()).toBe(false);
    expect(disk.text).toBe('theirs');
    const notice = useAppStore.getState().notices.at(-1)!;
    expect(notice.text).toContain('changed on disk');
    notice.actions!.find((a) => a.label === 'Overwrite')!.run();
    await new Promise((r) => setTimeout(r, 10));
    expect(disk.text).toBe(serializeModel(useAppStore.getState().doc));
  });

  it('a failed write keeps the model and offers a download', async () => {
    const { handle } = fakeHandle('m.json', 'x');
    const broken: FileHandleLike = { ...handle, createWritable: () => Promise.reject(new Error('disk gone')) };
    useFileSession.getState().bindFile('m.json', broken, useAppStore.getState().doc, 1000);
    const before = useAppStore.getState().doc;
    expect(await saveFile()).toBe(false);
    expect(useAppStore.getState().doc).toBe(before);
    const notice = useAppStore.getState().notices.at(-1)!;
    expect(notice.tone).toBe('error');
    expect(notice.actions?.map((a) => a.label)).toEqual(['Download the model']);
  });

  it('a model without a file is never "unsaved" (its draft is autosaved)', () => {
    expect(hasUnsavedFile(useAppStore.getState().doc)).toBe(false);
  });
});
