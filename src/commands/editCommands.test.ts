import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en, zh } from '../i18n/strings';
import { smallModel } from '../model/testing/editFixtures';
import { sequentialIds } from '../model/testing/ids';
import { history, useAppStore } from '../store/appStore';
import { createTestEditor } from '../store/testing/testEditor';
import { select } from '../store/editActions';
import { EMPTY_SELECTION } from '../store/viewSlice';
import { formatShortcut } from './keys';
import { isEnabled, runCommand } from './run';
import { provideServices } from './services';
import { commands, findCommand } from './table';

const doc = () => useAppStore.getState().doc;
const run = (id: string, shortcut?: string) => runCommand(findCommand(id)!, shortcut);

beforeEach(() => {
  createTestEditor({ idGenerator: sequentialIds(), state: { doc: smallModel(), selection: EMPTY_SELECTION, notices: [], lastKind: null, dialog: null, uiLang: 'en' } });
});
afterEach(() => vi.unstubAllGlobals());

describe('the command table', () => {
  it('has unique ids, labels in both languages, and no shortcut used twice', () => {
    const ids = commands.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of commands) {
      expect(en[c.label]).toBeTruthy();
      expect(zh[c.label]).toBeTruthy();
    }
    const shortcuts = commands.flatMap((c) => c.shortcuts ?? []).map((s) => s.toLowerCase());
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
  });
  it('defines every editing command with the agreed shortcuts', () => {
    const expected: Record<string, string[]> = {
      deleteSelection: ['Delete', 'Backspace'],
      copy: ['Mod+C'],
      cut: ['Mod+X'],
      paste: ['Mod+V'],
      duplicate: ['Mod+D'],
      selectAll: ['Mod+A'],
      group: ['Mod+G'],
      ungroup: ['Mod+Shift+G'],
      shortcuts: ['?'],
    };
    for (const [id, keys] of Object.entries(expected)) expect(findCommand(id)?.shortcuts).toEqual(keys);
  });
  it('formats arrows and Mod per platform', () => {
    expect(formatShortcut('Shift+ArrowLeft')).toBe('Shift+←');
    expect(formatShortcut('Shift+ArrowUp', true)).toBe('⇧↑');
    expect(formatShortcut('Mod+Shift+G', true)).toBe('⌘⇧G');
  });
});

describe('editing commands', () => {
  it('delete is enabled only with a selection and is one undo step', async () => {
    expect(isEnabled(findCommand('deleteSelection')!)).toBe(false);
    select(['a1']);
    expect(isEnabled(findCommand('deleteSelection')!)).toBe(true);
    await run('deleteSelection');
    expect(doc().nodes.some((n) => n.id === 'a1')).toBe(false);
    expect(doc().edges.map((e) => e.id)).toEqual(['e3']);
    expect(history().pastStates).toHaveLength(1);
  });
  it('nudges 5px per arrow and 10px with Shift, one step each', async () => {
    select(['a2']);
    await run('nudge', 'ArrowRight');
    await run('nudge', 'ArrowUp');
    await run('nudgeFar', 'Shift+ArrowLeft');
    expect(doc().nodes.find((n) => n.id === 'a2')!.position).toEqual({ x: 595, y: 95 });
    expect(history().pastStates).toHaveLength(3);
  });
  it('group and ungroup follow the selection', async () => {
    expect(isEnabled(findCommand('ungroup')!)).toBe(false);
    select(['a2', 'r1']);
    await run('group');
    const group = [...useAppStore.getState().selection.nodes][0];
    expect(doc().nodes.find((n) => n.id === group)!.kind).toBe('group');
    expect(isEnabled(findCommand('ungroup')!)).toBe(true);
    await run('ungroup');
    expect(doc().nodes.some((n) => n.id === group)).toBe(false);
    expect(history().pastStates).toHaveLength(2);
  });
  it('adds a node of the last-used kind at the centre of the view, on the nearest clear spot', async () => {
    const restore = provideServices({ viewCenter: () => ({ x: 700, y: 130 }) });
    try {
      useAppStore.getState().setLastKind('driver');
      await run('addNode');
      const added = doc().nodes.at(-1)!;
      // centred: 700 - 200/2, 130 - 60/2 = (600, 100), where a2 already is → one node width + gap to the right
      expect(added).toMatchObject({ kind: 'driver', position: { x: 824, y: 100 } });
    } finally {
      restore();
    }
  });
  it('asks the Inspector to start editing the new node’s label (issue 14)', async () => {
    const restore = provideServices({ viewCenter: () => ({ x: 0, y: 0 }) });
    try {
      expect(useAppStore.getState().labelEditFor).toBeNull();
      await run('addNode');
      expect(useAppStore.getState().labelEditFor).toBe(doc().nodes.at(-1)!.id);
    } finally {
      restore();
    }
  });
  it('offers Connect to… only with exactly one node selected', () => {
    const connectTo = findCommand('connectTo')!;
    expect(isEnabled(connectTo)).toBe(false);
    select(['a1']);
    expect(isEnabled(connectTo)).toBe(true);
    select(['a1', 'a2']);
    expect(isEnabled(connectTo)).toBe(false);
    select([], ['e1']);
    expect(isEnabled(connectTo)).toBe(false);
  });
  it('puts each repeated Add next to the last one, clear of every other element', async () => {
    const restore = provideServices({ viewCenter: () => ({ x: 0, y: 0 }) });
    try {
      useAppStore.getState().setLastKind('actor');
      for (let i = 0; i < 4; i++) await run('addNode');
      const added = doc().nodes.slice(-4);
      expect(added.map((n) => n.position)).toEqual([0, 224, 448, 672].map((x) => ({ x: x - 100, y: -30 })));
      const box = (n: (typeof added)[number]) => ({ x: n.position.x, y: n.position.y, w: 200, h: 60 });
      for (const a of added) for (const b of doc().nodes.filter((n) => n !== a && n.kind !== 'group' && !n.parent)) {
        const p = box(a);
        const q = box(b);
        expect(p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h).toBe(false);
      }
    } finally {
      restore();
    }
  });
  it('"Add group" groups the selected nodes (like Ctrl+G), and adds an empty group when nothing is selected', async () => {
    const restore = provideServices({ viewCenter: () => ({ x: 2000, y: 2000 }) });
    try {
      select(['a2', 'r1']);
      await run('addGroup');
      const group = doc().nodes.find((n) => n.kind === 'group' && n.id !== 'g1')!;
      expect(doc().nodes.filter((n) => n.parent === group.id).map((n) => n.id).sort()).toEqual(['a2', 'r1']);
      expect(history().pastStates).toHaveLength(1);
      select();
      await run('addGroup');
      const empty = doc().nodes.at(-1)!;
      expect(empty.kind).toBe('group');
      expect(doc().nodes.some((n) => n.parent === empty.id)).toBe(false);
    } finally {
      restore();
    }
  });
  it('copies to the system clipboard and pastes from it through the import path', async () => {
    let clipboard = '';
    vi.stubGlobal('navigator', { platform: 'Linux', clipboard: { writeText: async (t: string) => void (clipboard = t), readText: async () => clipboard } });
    select(['a2']);
    await run('copy');
    expect(JSON.parse(clipboard).nodes[0].id).toBe('a2');
    await run('paste');
    expect(doc().nodes.at(-1)!.id).toBe('a2-1');
    clipboard = 'not a model';
    const before = doc();
    await run('paste');
    expect(doc()).toBe(before);
    expect(useAppStore.getState().notices.at(-1)!.tone).toBe('error');
  });
  it('falls back to this tab’s last copy when the clipboard cannot be read', async () => {
    vi.stubGlobal('navigator', { platform: 'Linux', clipboard: { writeText: async () => Promise.reject(new Error('denied')), readText: async () => Promise.reject(new Error('denied')) } });
    select(['r1']);
    await run('copy');
    expect(useAppStore.getState().notices.at(-1)!.text).toContain('Ctrl+C');
    await run('paste');
    expect(doc().nodes.at(-1)!.id).toBe('r1-1');
  });
  it('select all and the shortcuts help are not undo steps', async () => {
    await run('selectAll');
    expect(useAppStore.getState().selection.nodes.size).toBe(5);
    await run('shortcuts');
    expect(useAppStore.getState().dialog).toBe('shortcuts');
    expect(history().pastStates).toHaveLength(0);
  });
});
