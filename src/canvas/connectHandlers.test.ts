// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FinalConnectionState } from '@xyflow/react';
import { smallModel } from '../model/testing/editFixtures';
import { history, useAppStore } from '../store/appStore';
import { createTestEditor } from '../store/testing/testEditor';
import { EMPTY_SELECTION } from '../store/viewSlice';
import { connectHandlers } from './connectHandlers';

const { isValidConnection, onConnect, onConnectEnd } = connectHandlers;
const conn = (source: string, target: string) => ({ source, target, sourceHandle: null, targetHandle: null });
const doc = () => useAppStore.getState().doc;

beforeEach(() => {
  createTestEditor({ state: { doc: smallModel(), selection: EMPTY_SELECTION, notices: [], relationPicker: null, uiLang: 'en' } });
});
afterEach(() => vi.restoreAllMocks());

/** A node element under the pointer, as React Flow renders it. */
function nodeUnderPointer(id: string | null) {
  const el = document.createElement('div');
  el.className = 'react-flow__node';
  if (id) el.dataset.id = id;
  (document as unknown as { elementsFromPoint: () => Element[] }).elementsFromPoint = () => (id ? [el] : []);
}

const ended = (from: string, isValid: boolean | null) => ({ isValid, fromNode: { id: from } }) as unknown as FinalConnectionState;
const mouseUp = new MouseEvent('mouseup', { clientX: 5, clientY: 5 });

describe('connect handlers', () => {
  it('isValidConnection follows the vocabulary, in either drag direction', () => {
    expect(isValidConnection(conn('a1', 'r1'))).toBe(true);
    expect(isValidConnection(conn('a2', 'd1'))).toBe(true); // made as d1 motivates a2
    expect(isValidConnection(conn('d1', 'r1'))).toBe(false);
    expect(isValidConnection(conn('a1', 'a1'))).toBe(false);
  });
  it('onConnect creates the edge, selects it and opens the relation picker', () => {
    onConnect(conn('a1', 'r1'));
    const edge = doc().edges.at(-1)!;
    expect(edge).toMatchObject({ source: 'a1', target: 'r1', relation: 'provides' });
    expect(useAppStore.getState().selection.edges.has(edge.id)).toBe(true);
    expect(useAppStore.getState().relationPicker).toBe(edge.id);
  });
  it('a drop on a node body (not a handle) connects to that node', () => {
    nodeUnderPointer('r1');
    onConnectEnd(mouseUp, ended('a1', null));
    expect(doc().edges.at(-1)).toMatchObject({ source: 'a1', target: 'r1' });
    expect(history().pastStates).toHaveLength(1);
  });
  it('a drop that React Flow already connected, on empty canvas, or on the node itself adds nothing', () => {
    nodeUnderPointer('r1');
    onConnectEnd(mouseUp, ended('a1', true));
    nodeUnderPointer(null);
    onConnectEnd(mouseUp, ended('a1', null));
    nodeUnderPointer('a1');
    onConnectEnd(mouseUp, ended('a1', null));
    expect(doc().edges).toHaveLength(3);
    expect(useAppStore.getState().notices).toHaveLength(0);
  });
  it('a forbidden drop is refused with a reason', () => {
    nodeUnderPointer('r1');
    onConnectEnd(mouseUp, ended('d1', false));
    expect(doc().edges).toHaveLength(3);
    expect(useAppStore.getState().notices.at(-1)!.text).toContain('No relation type');
  });
});
