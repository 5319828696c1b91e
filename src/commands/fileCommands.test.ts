import { File } from 'node:buffer';
import { beforeEach, describe, expect, it } from 'vitest';
import { validModel } from '../io/testing/fixtures';
import { serializeModel } from '../io/serialize';
import { DEFAULT_MAX_BYTES } from '../io/sizeCap';
import { blankModel } from '../model/blank';
import { history, useAppStore } from '../store/appStore';
import { createTestEditor } from '../store/testing/testEditor';
import { fileCommands, importFile } from './fileCommands';

const open = { ...blankModel('open', new Date(0)), nodes: [{ id: 'a', kind: 'actor', label: 'A', position: { x: 0, y: 0 } }] };
const file = (text: string, name = 'model.json') => new File([text], name, { type: 'application/json' }) as unknown as globalThis.File;
const notices = () => useAppStore.getState().notices;

beforeEach(() => {
  createTestEditor({ state: { doc: open, notices: [], uiLang: 'en', dialog: null } });
});

describe('importFile', () => {
  it('replaces the model with the imported one as one undoable step', async () => {
    expect(await importFile(file(serializeModel(validModel())), 'file')).toBe(true);
    expect(serializeModel(useAppStore.getState().doc)).toBe(serializeModel(validModel()));
    expect(history().pastStates).toHaveLength(1);
    history().undo();
    expect(useAppStore.getState().doc).toBe(open);
  });

  it('refuses a bad file with an alert naming the file and the JSON path, and changes nothing', async () => {
    const broken = JSON.parse(serializeModel(validModel()));
    broken.nodes[1].position.x = 'left';
    expect(await importFile(file(JSON.stringify(broken), 'broken.json'), 'drop')).toBe(false);
    expect(useAppStore.getState().doc).toBe(open); // the same object: untouched
    expect(history().pastStates).toHaveLength(0);
    const [notice] = notices();
    expect(notice.tone).toBe('error');
    expect(notice.text).toContain('“broken.json”');
    expect(notice.text).toContain('The open model was not changed.');
    expect(notice.details?.join('\n')).toContain('nodes[1].position.x');
  });

  it('checks the size before reading a byte', async () => {
    let read = false;
    const huge = { name: 'huge.json', size: DEFAULT_MAX_BYTES + 1, text: () => ((read = true), Promise.resolve('{}')) } as unknown as globalThis.File;
    expect(await importFile(huge, 'drop')).toBe(false);
    expect(read).toBe(false);
    expect(notices()[0].text).toContain('larger than 20 MB');
    expect(useAppStore.getState().doc).toBe(open);
  });

  it('lists the repairs it made, never silently', async () => {
    const doc = JSON.parse(serializeModel(validModel()));
    doc.edges.push({ id: 'e-dangling', source: 'a1', target: 'ghost', relation: 'motivates' });
    expect(await importFile(file(JSON.stringify(doc)), 'file')).toBe(true);
    const report = notices().find((n) => n.tone === 'warning');
    expect(report?.text).toMatch(/imported with (1 repair|\d+ repairs):/);
    expect(report?.details?.join('\n')).toContain('e-dangling');
  });

  it('answers in the UI language', async () => {
    useAppStore.setState({ uiLang: 'zh' });
    await importFile(file('{"nodes":[],"edges":[]}', '图.json'), 'file');
    expect(notices()[0].text).toBe('无法导入“图.json”：这不是理论模型文件。当前模型未作任何改动。');
  });
});

describe('file commands', () => {
  const command = (id: string) => fileCommands.find((c) => c.id === id)!;

  it('Import JSON asks the shell for a .json file and imports what it returns', async () => {
    let accept = '';
    const services = { fitView: () => {}, openDialog: () => {}, viewCenter: () => undefined, pickFile: (a: string) => ((accept = a), Promise.resolve(file(serializeModel(validModel())))) };
    await command('importJson').run({ state: useAppStore.getState(), services });
    expect(accept).toBe('.json,application/json');
    expect(useAppStore.getState().doc.meta.title).toBe('学校理论模型');
  });

  it('a cancelled chooser changes nothing', async () => {
    const services = { fitView: () => {}, openDialog: () => {}, viewCenter: () => undefined, pickFile: () => Promise.resolve(null) };
    await command('importJson').run({ state: useAppStore.getState(), services });
    expect(useAppStore.getState().doc).toBe(open);
    expect(notices()).toEqual([]);
  });

  it('image export needs elements and opens the dialog in the chosen format', () => {
    const state = useAppStore.getState();
    const flags = { canUndo: false, canRedo: false };
    expect(command('exportPng').enabled!(state, flags)).toBe(true);
    expect(command('exportSvg').enabled!({ ...state, doc: blankModel() }, flags)).toBe(false);
    void command('exportSvg').run({ state, services: {} as never });
    expect(useAppStore.getState().dialog).toBe('export-svg');
  });
});
