import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as io from '../io/importModel';
import * as front from '../io/importFront';
import { parentsComeFirst } from '../model/order';
import { PASTE_STEP } from '../model/clipboard';
import { smallModel } from '../model/testing/editFixtures';
import { sequentialIds } from '../model/testing/ids';
import { FORMAT_VERSION } from '../model/types';
import { history, useAppStore } from './appStore';
import { createTestEditor } from './testing/testEditor';
import { copySelection, cutSelection, duplicateSelection, pasteText } from './clipboardActions';
import { lastCopiedText } from './clipboardLater';
import { select } from './editActions';
import { EMPTY_SELECTION } from './viewSlice';

vi.mock('../io/importModel', { spy: true });
vi.mock('../io/importFront', { spy: true });

const doc = () => useAppStore.getState().doc;
const steps = () => history().pastStates.length;

beforeEach(() => {
  createTestEditor({ idGenerator: sequentialIds(), state: { doc: smallModel(), selection: EMPTY_SELECTION, notices: [], uiLang: 'en' } });
  vi.mocked(io.importModel).mockClear();
  vi.mocked(front.importModelFast).mockClear();
});

describe('copy', () => {
  it('serializes the selected nodes as a document of the current format that THE import path accepts', async () => {
    select(['g1', 'a2']);
    const text = copySelection()!;
    expect(lastCopiedText()).toBe(text);
    const parsed = JSON.parse(text);
    expect(parsed.format).toBe('theory-model');
    expect(parsed.version).toBe(FORMAT_VERSION);
    expect(parsed.nodes.map((n: { id: string }) => n.id)).toEqual(['g1', 'a1', 'd1', 'a2']);
    expect(parsed.edges.map((e: { id: string }) => e.id)).toEqual(['e1', 'e2']);
    const imported = io.importModel(text, { source: 'paste' });
    expect(imported.ok && imported.report).toEqual([]);
    expect(steps()).toBe(0);
  });
  it('copies nothing without selected nodes', async () => {
    expect(copySelection()).toBeUndefined();
  });
});

describe('paste', () => {
  it('goes through importModel, re-ids everything, offsets and selects the pasted elements: one step', async () => {
    select(['a2', 'r1']);
    const text = copySelection()!;
    const before = doc();
    expect(await pasteText(text)).toBe(true);
    // App-written text passes the import path's fast front door (io/importFront.ts).
    expect(front.importModelFast).toHaveBeenCalledWith(text, { source: 'paste' });
    expect(steps()).toBe(1);
    const added = doc().nodes.slice(before.nodes.length);
    expect(added.map((n) => n.id)).toEqual(['a2-1', 'r1-1']);
    expect(added[0].position).toEqual({ x: 600 + PASTE_STEP, y: 100 + PASTE_STEP });
    expect(doc().edges.at(-1)).toMatchObject({ id: 'e3-1', source: 'a2-1', target: 'r1-1' });
    expect([...useAppStore.getState().selection.nodes]).toEqual(['a2-1', 'r1-1']);
    expect(new Set(doc().nodes.map((n) => n.id)).size).toBe(doc().nodes.length);
    expect(parentsComeFirst(doc().nodes)).toBe(true);
    history().undo();
    expect(doc()).toBe(before);
  });
  it('leaves the document untouched for garbage and says why', async () => {
    const before = doc();
    for (const garbage of ['', 'hello', '{"format":"something-else"}', '{"format":"theory-model","version":99}', '[1,2']) {
      expect(await pasteText(garbage)).toBe(false);
    }
    expect(doc()).toBe(before);
    expect(steps()).toBe(0);
    const notices = useAppStore.getState().notices;
    expect(notices).toHaveLength(5);
    expect(notices.every((n) => n.tone === 'error' && n.text.startsWith('Nothing was pasted.'))).toBe(true);
  });
  it('repairs a pasted file like an opened one and reports what it repaired', async () => {
    const text = JSON.stringify({
      format: 'theory-model',
      version: 1,
      meta: { title: 'other tab' },
      vocabulary: { nodeKinds: [{ id: 'policy', label: 'Policy', color: '#123456' }], relationTypes: [] },
      nodes: [{ id: 'p', kind: 'policy', label: 'P', parent: 'missing', position: { x: 0, y: 0 } }],
      edges: [],
    });
    expect(await pasteText(text)).toBe(true);
    const pasted = doc().nodes.at(-1)!;
    expect(pasted).toMatchObject({ id: 'p-1', kind: 'policy' });
    expect(pasted.parent).toBeUndefined();
    expect(doc().vocabulary.nodeKinds.map((k) => k.id)).toContain('policy');
    const notice = useAppStore.getState().notices.at(-1)!;
    expect(notice.tone).toBe('info');
    expect(notice.details!.join(' ')).toContain('missing');
  });
  it('says so when a pasted relation is not allowed here', async () => {
    select(['a1', 'a2']);
    const text = copySelection()!;
    const strict = smallModel();
    strict.vocabulary.relationTypes = strict.vocabulary.relationTypes.map((r) => (r.id === 'cooperates' ? { ...r, to: ['resource'] } : r));
    useAppStore.setState({ doc: strict });
    expect(await pasteText(text)).toBe(true);
    expect(useAppStore.getState().notices.at(-1)!.text).toContain('1 pasted relation');
  });
});

describe('cut and duplicate', () => {
  it('cut copies and deletes as one step', async () => {
    select(['a2']);
    const text = cutSelection()!;
    expect(JSON.parse(text).nodes).toHaveLength(1);
    expect(doc().nodes.some((n) => n.id === 'a2')).toBe(false);
    expect(steps()).toBe(1);
  });
  it('duplicate adds a shifted copy in one step without the clipboard', async () => {
    select(['g1']);
    const clipboard = lastCopiedText();
    expect(duplicateSelection()).toBe(true);
    expect(doc().nodes.map((n) => n.id)).toEqual(['g1', 'a1', 'd1', 'a2', 'r1', 'g1-1', 'a1-1', 'd1-1']);
    expect(doc().nodes.find((n) => n.id === 'a1-1')!.parent).toBe('g1-1');
    expect(steps()).toBe(1);
    expect(lastCopiedText()).toBe(clipboard);
    expect(io.importModel).not.toHaveBeenCalled();
    expect(front.importModelFast).not.toHaveBeenCalled();
  });
});
