import { beforeEach, describe, expect, it } from 'vitest';
import { absolutePosition, nodesById } from '../model/geometry';
import { parentsComeFirst } from '../model/order';
import { smallModel } from '../model/testing/editFixtures';
import type { TheoryModel } from '../model/types';
import { history, useAppStore } from './appStore';
import { createTestEditor } from './testing/testEditor';
import {
  addNodeAt,
  changeRelation,
  connectByDrag,
  connectNodes,
  deleteSelection,
  groupSelection,
  liveSelection,
  nudgeSelection,
  reconnect,
  select,
  selectAll,
  ungroupSelection,
} from './editActions';
import { EMPTY_SELECTION } from './viewSlice';

const doc = () => useAppStore.getState().doc;
const steps = () => history().pastStates.length;
const node = (id: string) => doc().nodes.find((n) => n.id === id);

function reset(model: TheoryModel = smallModel()) {
  createTestEditor({ state: { doc: model, selection: EMPTY_SELECTION, notices: [], measured: new Map(), relationPicker: null, lastKind: null, uiLang: 'en', diagramLang: 'en' } });
  return model;
}

beforeEach(() => reset());

describe('addNodeAt', () => {
  it('adds a node as one undo step, selects it and remembers the kind', () => {
    const id = addNodeAt('resource', { x: 40, y: 50 })!;
    expect(node(id)).toMatchObject({ kind: 'resource', position: { x: 40, y: 50 } });
    expect(steps()).toBe(1);
    expect([...useAppStore.getState().selection.nodes]).toEqual([id]);
    expect(useAppStore.getState().lastKind).toBe('resource');
    history().undo();
    expect(node(id)).toBeUndefined();
  });
  it('adds nothing for an unknown kind', () => {
    const before = doc();
    expect(addNodeAt('nope', { x: 0, y: 0 })).toBeUndefined();
    expect(doc()).toBe(before);
    expect(steps()).toBe(0);
  });
});

describe('deleteSelection', () => {
  it('removes the selected nodes and their edges in one step, and undo restores exactly', () => {
    const before = doc();
    select(['a2']);
    expect(deleteSelection()).toBe(true);
    expect(doc().edges.map((e) => e.id)).toEqual(['e1']);
    expect(steps()).toBe(1);
    expect(useAppStore.getState().selection).toBe(EMPTY_SELECTION);
    history().undo();
    expect(doc()).toBe(before);
  });
  it('un-parents the children of a deleted group and keeps their place', () => {
    const before = absolutePosition(nodesById(doc()), 'd1');
    select(['g1']);
    deleteSelection();
    expect(node('d1')!.parent).toBeUndefined();
    expect(node('d1')!.position).toEqual(before);
    expect(parentsComeFirst(doc().nodes)).toBe(true);
  });
  it('ignores stale selected ids and does nothing without a selection', () => {
    select(['gone'], ['gone-too']);
    expect(liveSelection()).toEqual({ nodes: [], edges: [] });
    expect(deleteSelection()).toBe(false);
    expect(steps()).toBe(0);
  });
});

describe('connecting', () => {
  it('refuses in the store action a relation whose from/to do not allow the kinds', () => {
    const before = doc();
    const result = connectNodes('a2', 'r1', 'motivates');
    expect(result).toEqual({ ok: false, reason: 'relation-not-allowed' });
    expect(doc()).toBe(before);
    expect(steps()).toBe(0);
    const notice = useAppStore.getState().notices.at(-1)!;
    expect(notice.tone).toBe('warning');
    expect(notice.text).toContain('Key actor');
    expect(notice.text).toContain('Key resource');
  });
  it('refuses kinds no relation allows, self-loops and duplicates', () => {
    expect(connectNodes('d1', 'r1').ok).toBe(false);
    expect(connectNodes('a1', 'a1').ok).toBe(false);
    expect(connectNodes('a1', 'a2', 'cooperates').ok).toBe(false);
    expect(steps()).toBe(0);
    expect(useAppStore.getState().notices).toHaveLength(3);
  });
  it('connects with the default relation as one step and selects the new edge', () => {
    const result = connectNodes('a1', 'r1');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(doc().edges.at(-1)).toEqual({ id: result.edgeId, source: 'a1', target: 'r1', relation: 'provides' });
    expect(steps()).toBe(1);
    expect([...useAppStore.getState().selection.edges]).toEqual([result.edgeId]);
  });
  it('a drag against the vocabulary’s direction connects the allowed way and opens the relation picker', () => {
    const result = connectByDrag('a2', 'd1');
    expect(result.ok && doc().edges.find((e) => e.id === result.edgeId)).toMatchObject({ source: 'd1', target: 'a2', relation: 'motivates' });
    expect(useAppStore.getState().relationPicker).toBe(result.ok ? result.edgeId : 'none');
  });
  it('changes an edge’s relation and moves its ends only within the rule', () => {
    const before = doc();
    expect(changeRelation('e2', 'provides').ok).toBe(false);
    expect(reconnect('e1', { source: 'r1' }).ok).toBe(false);
    expect(doc()).toBe(before);
    expect(reconnect('e3', { source: 'a1' }).ok).toBe(true);
    expect(doc().edges.find((e) => e.id === 'e3')!.source).toBe('a1');
    expect(steps()).toBe(1);
  });
});

describe('group, ungroup, nudge, select all', () => {
  it('groups the selection in one step and selects the new group; ungroup restores the nodes', () => {
    const before = doc();
    select(['a2', 'r1']);
    const id = groupSelection()!;
    expect(node('a2')!.parent).toBe(id);
    expect([...useAppStore.getState().selection.nodes]).toEqual([id]);
    expect(steps()).toBe(1);
    expect(ungroupSelection()).toBe(true);
    expect(doc().nodes).toEqual(before.nodes);
    expect([...useAppStore.getState().selection.nodes]).toEqual(['a2', 'r1']);
    expect(steps()).toBe(2);
    expect(parentsComeFirst(doc().nodes)).toBe(true);
  });
  it('nudges the selection as one step per call', () => {
    select(['a2']);
    nudgeSelection(10, 0);
    nudgeSelection(10, 0);
    expect(node('a2')!.position).toEqual({ x: 620, y: 100 });
    expect(steps()).toBe(2);
  });
  it('selects everything without an undo step', () => {
    selectAll();
    expect(useAppStore.getState().selection.nodes.size).toBe(5);
    expect(useAppStore.getState().selection.edges.size).toBe(3);
    expect(steps()).toBe(0);
  });
});
