import { describe, expect, it } from 'vitest';
import { blankModel } from '../model/blank';
import type { ModelNode, TheoryModel } from '../model/types';
import { MOUNT_AT_ONCE, MOUNT_SLICE, mountStep, type MountState } from './mountSlices';

function model(count: number, withGroup = false): TheoryModel {
  const nodes: ModelNode[] = Array.from({ length: count }, (_, i) => ({ id: `n${i}`, kind: 'actor', label: `N${i}`, position: { x: i, y: 0 } }));
  // The group comes LAST in the document: its first member must still wait for it.
  if (withGroup) {
    nodes[0] = { ...nodes[0], parent: 'g' };
    nodes.push({ id: 'g', kind: 'group', label: 'G', position: { x: 0, y: 0 } });
  }
  const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: nodes[i].id, target: n.id, relation: 'motivates' }));
  return { ...blankModel('m', new Date(0)), nodes, edges };
}
const empty: MountState = { mounted: new Set(), slicing: false };

describe('mountStep (a large model drawn over several frames)', () => {
  it('draws a model of up to MOUNT_AT_ONCE new nodes at once, and edits of a drawn model at once', () => {
    const doc = model(MOUNT_AT_ONCE);
    const step = mountStep(doc, empty);
    expect(step.mounting).toBe(false);
    expect(step.shown).toBe(doc);
    const grown = { ...doc, nodes: [...doc.nodes, { id: 'extra', kind: 'actor', label: 'X', position: { x: 0, y: 9 } }] };
    expect(mountStep(grown, step.state).shown).toBe(grown);
  });

  it('gives back the same state when nothing was added or removed (a drag frame allocates no set of every id)', () => {
    const doc = model(50);
    const drawn = mountStep(doc, empty).state;
    const moved = { ...doc, nodes: doc.nodes.map((n, i) => (i === 3 ? { ...n, position: { x: 99, y: 99 } } : n)) };
    const step = mountStep(moved, drawn);
    expect(step.state).toBe(drawn);
    expect(step.shown).toBe(moved);
    const fewer = { ...doc, nodes: doc.nodes.slice(1), edges: [] };
    expect(mountStep(fewer, drawn).state.mounted.size).toBe(49);
  });

  it('draws a larger one MOUNT_SLICE nodes a frame, with only the edges whose ends are drawn, until all of it is', () => {
    const doc = model(1_000 + 2 * MOUNT_SLICE);
    let state = empty;
    const counts: number[] = [];
    for (let frame = 0; frame < 20; frame++) {
      const step = mountStep(doc, state);
      state = step.state;
      counts.push(step.shown.nodes.length);
      const drawn = new Set(step.shown.nodes.map((n) => n.id));
      expect(step.shown.edges.every((e) => drawn.has(e.source) && drawn.has(e.target))).toBe(true);
      if (!step.mounting) {
        expect(step.shown).toBe(doc);
        break;
      }
    }
    const total = doc.nodes.length;
    expect(counts).toEqual(Array.from({ length: Math.ceil(total / MOUNT_SLICE) }, (_, i) => Math.min((i + 1) * MOUNT_SLICE, total)));
    expect(counts.length).toBeGreaterThan(2);
  });

  it('draws a parent before its members, wherever it is in the document', () => {
    const doc = model(MOUNT_AT_ONCE + 10, true);
    const first = mountStep(doc, empty);
    const ids = new Set(first.shown.nodes.map((n) => n.id));
    expect(ids.has('n0')).toBe(ids.has('g'));
    let state = first.state;
    for (let i = 0; i < 10 && state.slicing; i++) state = mountStep(doc, state).state;
    expect(state.mounted.has('n0') && state.mounted.has('g')).toBe(true);
  });

  it('forgets deleted nodes and keeps slicing a model that changes meanwhile', () => {
    const doc = model(2_000);
    const first = mountStep(doc, empty);
    const fewer = { ...doc, nodes: doc.nodes.slice(100), edges: [] };
    const next = mountStep(fewer, first.state);
    expect(next.shown.nodes.length).toBe(MOUNT_SLICE - 100 + MOUNT_SLICE);
    expect([...next.state.mounted].every((id) => fewer.nodes.some((n) => n.id === id))).toBe(true);
  });
});
