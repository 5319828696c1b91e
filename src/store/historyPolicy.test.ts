import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moveNodes } from '../model/edits';
import { setNodeText } from '../model/fieldEdits';
import { editField, endFieldEdit } from './fieldSession';
import { applyNodeChanges } from './flowChanges';
import { createTestEditor, modelWith, type TestEditor } from './testing/testEditor';

let t: TestEditor;
beforeEach(() => {
  t = createTestEditor({ doc: modelWith([{ id: 'a', kind: 'actor', label: '学校', position: { x: 0, y: 0 } }]) });
});
afterEach(() => t.restore());

const position = () => t.doc().nodes[0].position;
const move = (x: number) => (d: Parameters<typeof moveNodes>[0]) => moveNodes(d, new Map([['a', { x, y: 0 }]]));

describe('history policy (issue 11): each change says record, merge or skip', () => {
  it('makes a 60-frame drag one step, and undo puts the node back', () => {
    for (let i = 1; i <= 60; i++) applyNodeChanges([{ id: 'a', type: 'position', position: { x: i, y: 2 * i }, dragging: true }]);
    applyNodeChanges([{ id: 'a', type: 'position', position: { x: 60, y: 120 }, dragging: false }]);
    expect(position()).toEqual({ x: 60, y: 120 });
    expect(t.steps()).toEqual({ undo: 1, redo: 0 });
    t.history.undo();
    expect(position()).toEqual({ x: 0, y: 0 });
  });

  it('makes a typing burst in one field one step', () => {
    let text = '学校';
    for (const ch of 'primary school') {
      text += ch;
      const next = text;
      editField('node:a:label', (d) => setNodeText(d, 'a', 'zh', next));
    }
    endFieldEdit();
    expect(t.doc().nodes[0].label).toBe('学校primary school');
    expect(t.steps().undo).toBe(1);
    t.history.undo();
    expect(t.doc().nodes[0].label).toBe('学校');
  });

  it('makes a view change no step at all', () => {
    const s = t.state();
    s.setSelection({ nodes: new Set(['a']), edges: new Set() });
    s.setMeasured(new Map([['a', { width: 120, height: 60 }]]));
    s.setLegendVisible(false);
    s.setUiLang('zh');
    s.setDiagramLang('en');
    s.setLayoutChoice('organic');
    s.notify('info', 'hello');
    expect(t.steps()).toEqual({ undo: 0, redo: 0 });
  });

  it('records, merges into the current step, and skips as each change says', () => {
    const s = t.state();
    expect(s.edit(move(10))).toBe(true);
    s.edit(move(20), 'merge');
    expect(t.steps().undo).toBe(1);
    s.edit(move(30), 'skip');
    expect(t.steps().undo).toBe(1);
    expect(position().x).toBe(30);
    // The skipped write is not the current step's: a merge after it starts a step of its own.
    s.edit(move(40), 'merge');
    expect(t.steps().undo).toBe(2);
    expect(s.edit((d) => d, 'record')).toBe(false);
    expect(t.steps().undo).toBe(2);
  });

  it('never merges into a step that was undone or cleared', () => {
    const s = t.state();
    s.edit(move(10));
    t.history.undo();
    s.edit(move(20), 'merge');
    expect(t.steps()).toEqual({ undo: 1, redo: 0 });
    t.history.clear();
    s.edit(move(30), 'merge');
    expect(t.steps().undo).toBe(1);
    t.history.undo();
    expect(position().x).toBe(20);
  });

  it('starts each drag with a step of its own, even right after another drag', () => {
    for (const x of [5, 10]) {
      applyNodeChanges([{ id: 'a', type: 'position', position: { x, y: 0 }, dragging: true }]);
      applyNodeChanges([{ id: 'a', type: 'position', position: { x, y: 0 }, dragging: false }]);
    }
    expect(t.steps().undo).toBe(2);
  });

  it('gives each test editor its own history and ids', () => {
    const other = createTestEditor();
    expect(other.steps().undo).toBe(0);
    expect(other.ids('actor')).toBe('actor-1');
    expect(other.ids('actor')).toBe('actor-2');
    other.restore();
    expect(t.state().doc.nodes[0].id).toBe('a');
  });
});
