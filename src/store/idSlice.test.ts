import { beforeEach, describe, expect, it } from 'vitest';
import { smallModel } from '../model/testing/editFixtures';
import { sequentialIds } from '../model/testing/ids';
import { settleKeys } from '../model/orderKeys';
import { history, useAppStore } from './appStore';
import { duplicateSelection } from './clipboardActions';
import { addNodeAt, connectNodes, select } from './editActions';
import { EMPTY_SELECTION } from './viewSlice';

const doc = () => useAppStore.getState().doc;

beforeEach(() => {
  const model = smallModel();
  useAppStore.setState({ doc: { ...model, nodes: settleKeys(model.nodes), edges: settleKeys(model.edges) }, selection: EMPTY_SELECTION, notices: [], uiLang: 'en' });
  history().clear();
});

describe('the store’s id generator', () => {
  it('is random by default: readable stem, random suffix', () => {
    const id = addNodeAt('actor', { x: 0, y: 0 })!;
    expect(id).toMatch(/^actor-[0-9A-Za-z]{10}$/);
    const edge = connectNodes('a2', id);
    expect(edge.ok && edge.edgeId).toMatch(/^e-[0-9A-Za-z]{10}$/);
  });

  it('can be replaced, and every action that creates elements uses it', () => {
    useAppStore.getState().setIdGenerator(sequentialIds());
    expect(addNodeAt('actor', { x: 0, y: 0 })).toBe('actor-1');
    select(['a2']);
    duplicateSelection();
    expect(doc().nodes.at(-1)!.id).toBe('a2-1');
  });

  it('gives the new elements of a keyed document keys after the last', () => {
    const last = doc().nodes.at(-1)!.order!;
    const id = addNodeAt('driver', { x: 5, y: 5 })!;
    expect(doc().nodes.at(-1)!.id).toBe(id);
    expect(doc().nodes.at(-1)!.order! > last).toBe(true);
  });
});
