import { beforeEach, describe, expect, it } from 'vitest';
import { runCommand } from '../commands/run';
import { findCommand } from '../commands/table';
import { history, useAppStore } from './appStore';
import { createTestEditor } from './testing/testEditor';
import { select } from './editActions';
import { dragGuides, endGuides, startGuides } from './placementDrag';
import { loadFigure2 } from './testing/figure2';

const doc = () => useAppStore.getState().doc;
const pos = (id: string) => doc().nodes.find((n) => n.id === id)!.position;
const run = (id: string) => runCommand(findCommand(id)!);

beforeEach(() => {
  createTestEditor({ state: { doc: loadFigure2(), measured: new Map(), snapToGrid: false, guides: null } });
});

describe('align and distribute commands', () => {
  it('align left is one undo step; undo restores the exact document', async () => {
    const before = doc();
    select(['actor-org', 'actor-student']);
    await run('alignLeft');
    expect(pos('actor-student').x).toBe(pos('actor-org').x);
    expect(history().pastStates).toHaveLength(1);
    history().undo();
    expect(doc()).toBe(before);
  });

  it('distribute needs three nodes, align two', async () => {
    select(['actor-org']);
    const s = () => useAppStore.getState();
    expect(findCommand('alignLeft')!.enabled!(s(), { canUndo: false, canRedo: false })).toBe(false);
    select(['actor-org', 'actor-school']);
    expect(findCommand('alignLeft')!.enabled!(s(), { canUndo: false, canRedo: false })).toBe(true);
    expect(findCommand('distributeVertical')!.enabled!(s(), { canUndo: false, canRedo: false })).toBe(false);
    select(['actor-org', 'actor-school', 'actor-enterprise']);
    await run('distributeVertical');
    expect(history().pastStates).toHaveLength(1);
  });

  it('snap to grid is view state, not an undo step', async () => {
    await run('toggleSnapToGrid');
    expect(useAppStore.getState().snapToGrid).toBe(true);
    expect(history().pastStates).toHaveLength(0);
  });
});

describe('alignment guides while dragging', () => {
  it('shows the line while dragging and pulls the node onto it on drop, within the drag’s one undo step', () => {
    const before = doc();
    startGuides();
    // The drag's first frame, as flowChanges records it: a step (later frames merge into it).
    useAppStore.getState().edit((d) => ({ ...d, nodes: d.nodes.map((n) => (n.id === 'actor-student' ? { ...n, position: { x: 523, y: 986 } } : n)) }));
    dragGuides(['actor-student']);
    expect(pos('actor-student').x).toBe(523); // the node follows the pointer while dragging
    expect(useAppStore.getState().guides?.x).toContain(520); // actor-school's left edge
    endGuides(['actor-student']);
    expect(pos('actor-student').x).toBe(520);
    expect(useAppStore.getState().guides).toBeNull();
    expect(history().pastStates).toHaveLength(1);
    history().undo();
    expect(doc()).toBe(before);
  });

  it('writes the store only when the lines change: a frame that lands on the same lines changes nothing', () => {
    startGuides();
    const move = (x: number, y: number) => useAppStore.getState().edit((d) => ({ ...d, nodes: d.nodes.map((n) => (n.id === 'actor-student' ? { ...n, position: { x, y } } : n)) }), 'merge');
    move(523, 986);
    dragGuides(['actor-student']);
    const shown = useAppStore.getState().guides;
    expect(shown?.x).toContain(520);
    let writes = 0;
    const stop = useAppStore.subscribe((s, prev) => void (s.guides !== prev.guides && writes++));
    move(522, 986); // still within reach of the same line
    dragGuides(['actor-student']);
    expect(writes).toBe(0);
    expect(useAppStore.getState().guides).toBe(shown);
    move(900, 5000); // far from every other node: the lines go
    dragGuides(['actor-student']);
    stop();
    expect(writes).toBe(1);
    expect(useAppStore.getState().guides).toBeNull();
    endGuides(['actor-student']);
  });

  it('a drag whose guides arrive after it began still drops aligned in one undo step; without a start there is no pull', () => {
    const before = doc();
    useAppStore.getState().edit((d) => ({ ...d, nodes: d.nodes.map((n) => (n.id === 'actor-student' ? { ...n, position: { x: 523, y: 986 } } : n)) }));
    // No start yet (the module was still loading): the drop changes nothing more.
    endGuides(['actor-student']);
    expect(pos('actor-student').x).toBe(523);
    // The module arrives mid-drag and starts from the document as it was when the drag began.
    startGuides(before);
    dragGuides(['actor-student']);
    endGuides(['actor-student']);
    expect(pos('actor-student').x).toBe(520);
    expect(history().pastStates).toHaveLength(1);
  });
});
