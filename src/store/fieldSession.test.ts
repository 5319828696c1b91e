import { beforeEach, describe, expect, it } from 'vitest';
import { blankModel } from '../model/blank';
import { moveNodes } from '../model/edits';
import { setNodeDescription, setNodeText } from '../model/fieldEdits';
import { history, useAppStore } from './appStore';
import { createTestEditor } from './testing/testEditor';
import { activeFieldEdit, editField, endFieldEdit } from './fieldSession';
import { applyNodeChanges, endGesture } from './flowChanges';

const label = () => useAppStore.getState().doc.nodes[0].label;

/** Types `text` one character at a time into node a's label, as a controlled field would. */
function typeInto(key: string, start: string, text: string) {
  let value = start;
  for (const ch of text) {
    value += ch;
    const next = value;
    editField(key, (d) => setNodeText(d, 'a', 'zh', next));
  }
}

beforeEach(() => {
  createTestEditor({ state: { doc: { ...blankModel('t', new Date(0)), nodes: [{ id: 'a', kind: 'actor', label: '学校', position: { x: 0, y: 0 } }] } } });
});

describe('field edit sessions', () => {
  it('records typing 20 characters in one field as exactly one undo step', () => {
    typeInto('node:a:label', '学校', 'abcdefghijklmnopqrst');
    expect(label()).toBe('学校abcdefghijklmnopqrst');
    endFieldEdit();
    expect(history().pastStates).toHaveLength(1);
    expect(history().isTracking).toBe(true);
    history().undo();
    expect(label()).toBe('学校');
    history().redo();
    expect(label()).toBe('学校abcdefghijklmnopqrst');
  });
  it('makes a second focus of the same field a second step', () => {
    typeInto('node:a:label', '学校', 'ab');
    endFieldEdit();
    typeInto('node:a:label', '学校ab', 'cd');
    endFieldEdit();
    expect(history().pastStates).toHaveLength(2);
    history().undo();
    expect(label()).toBe('学校ab');
  });
  it('ends a session when another field starts, so each field is its own step', () => {
    typeInto('node:a:label', '学校', 'xy');
    editField('node:a:description', (d) => setNodeDescription(d, 'a', 'n'));
    editField('node:a:description', (d) => setNodeDescription(d, 'a', 'no'));
    endFieldEdit();
    expect(history().pastStates).toHaveLength(2);
    history().undo();
    expect(useAppStore.getState().doc.nodes[0].description).toBeUndefined();
    expect(label()).toBe('学校xy');
  });
  it('lets undo in the middle of a session work and starts a fresh step after it', () => {
    typeInto('node:a:label', '学校', 'abc');
    history().undo(); // e.g. the Undo button while the field still has focus
    expect(label()).toBe('学校');
    expect(activeFieldEdit()).toBeNull();
    expect(history().isTracking).toBe(true);
    typeInto('node:a:label', '学校', 'Z');
    endFieldEdit();
    expect(label()).toBe('学校Z');
    expect(history().pastStates).toHaveLength(1);
    expect(history().futureStates).toHaveLength(0);
  });
  it('never leaves history paused when another edit happens during a session', () => {
    typeInto('node:a:label', '学校', 'ab');
    useAppStore.getState().edit((d) => moveNodes(d, new Map([['a', { x: 9, y: 9 }]])));
    expect(activeFieldEdit()).toBeNull();
    expect(history().isTracking).toBe(true);
    useAppStore.getState().edit((d) => moveNodes(d, new Map([['a', { x: 1, y: 1 }]])));
    expect(history().pastStates.length).toBeGreaterThanOrEqual(2);
  });
  it('does not start a session for a keystroke that changes nothing', () => {
    editField('node:a:label', (d) => setNodeText(d, 'a', 'zh', '学校'));
    expect(activeFieldEdit()).toBeNull();
    expect(history().pastStates).toHaveLength(0);
  });
  it('leaves a drag under way alone: typing joins its step and starts no session', () => {
    applyNodeChanges([{ id: 'a', type: 'position', position: { x: 5, y: 5 }, dragging: true }]);
    typeInto('node:a:label', '学校', 'q');
    endFieldEdit();
    expect(history().isTracking).toBe(false);
    endGesture();
    expect(history().pastStates).toHaveLength(1);
  });
});
