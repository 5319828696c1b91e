import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * The room-making kernel arrives after the first page (issue 15): a node that grows before it is
 * there still gets its room, once it arrives, as the same one undo step.
 */
describe('room making before its kernel is loaded', () => {
  afterEach(() => {
    vi.doUnmock('../model/makeRoom');
    vi.resetModules();
  });

  it('waits for the kernel, then makes the room as one undo step', async () => {
    vi.resetModules();
    let arrive: () => void = () => {};
    const gate = new Promise<void>((resolve) => (arrive = resolve));
    vi.doMock('../model/makeRoom', async () => {
      const actual = await vi.importActual<typeof import('../model/makeRoom')>('../model/makeRoom');
      await gate;
      return actual;
    });
    const { createTestEditor } = await import('./testing/testEditor');
    const { loadFigure2 } = await import('./testing/figure2');
    const { useAppStore, history } = await import('./appStore');
    const { installRoomMaking, loadRoomKernel } = await import('./roomMaking');
    const doc = loadFigure2();
    const sizes = new Map(doc.nodes.filter((n) => n.kind !== 'group').map((n) => [n.id, { width: 200, height: 52 }]));
    createTestEditor({ state: { doc, measured: sizes, diagramLang: 'zh' } });
    const stop = installRoomMaking();
    const below = () => useAppStore.getState().doc.nodes.find((n) => n.id === 'drv-student-contest')!.position.y;
    const y = below();
    // The diagram language changes and a driver is measured three times as tall: it would cover the next.
    useAppStore.getState().setDiagramLang('en');
    const m = new Map(useAppStore.getState().measured);
    m.set('drv-student-startup', { width: 200, height: 200 });
    useAppStore.getState().setMeasured(m);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(below()).toBe(y); // no kernel yet: nothing moved
    arrive();
    await loadRoomKernel();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(below()).toBeGreaterThan(y);
    expect(history().pastStates).toHaveLength(1);
    stop();
  });
});
