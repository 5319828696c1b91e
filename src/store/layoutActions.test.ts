import ELK from 'elkjs/lib/elk.bundled.js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LayoutError, planOverlaps, runLayout, type LayoutInput, type LayoutPlan, type LayoutRequest } from '../layout';
import { smallModel } from '../model/testing/editFixtures';
import type { TheoryModel } from '../model/types';
import { history, useAppStore } from './appStore';
import { createTestEditor } from './testing/testEditor';
import { autoLayout, cancelLayout, chooseLayout, layoutDeadline, setFigureBand, setFigureDirection, type LayoutEnv } from './layoutActions';
import { loadFigure2 } from './testing/figure2';
import { routesFresh } from './routeSlice';
import { applyLayoutPlan } from '../model/layoutPlan';
import { GROUP_KIND } from '../model/types';
import { routeInput } from '../routing/input';
import { EMPTY_SELECTION } from './viewSlice';

// ELK in-thread (elk.bundled.js runs in Node); the app uses the worker client instead.
const elk = new ELK();
const doc = () => useAppStore.getState().doc;
const steps = () => history().pastStates.length;
const notices = () => useAppStore.getState().notices;

function reset(model: TheoryModel) {
  createTestEditor({ state: { doc: model, selection: EMPTY_SELECTION, notices: [], measured: new Map(), uiLang: 'en', diagramLang: 'zh', layoutChoice: 'figure', layoutRunning: false, layoutTween: null } });
}

type Calls = { input?: LayoutInput; req?: LayoutRequest; fit: number };
/** An environment with an injected runner; commit applies the document directly (no animation). */
function env(run: LayoutEnv['run'], calls: Calls = { fit: 0 }): LayoutEnv {
  return {
    run: (input, req, signal) => {
      calls.input = input;
      calls.req = req;
      return run(input, req, signal);
    },
    ready: () => Promise.resolve(),
    commit: async (_from, to) => void useAppStore.getState().edit(() => to),
    fitView: () => void calls.fit++,
  };
}
const realElk = (calls?: Calls) => env((input, req, signal) => runLayout(input, req, elk, signal), calls);

beforeEach(() => reset(loadFigure2()));

describe('autoLayout: success', () => {
  it('lays out Figure 2 as ONE undo step, with no overlapping siblings, then fits the view; undo restores the exact previous document', async () => {
    const before = doc();
    const calls: Calls = { fit: 0 };
    expect(await autoLayout(realElk(calls))).toBe('applied');
    expect(doc()).not.toBe(before);
    expect(steps()).toBe(1);
    expect(calls.fit).toBe(1);
    // The Figure preset with the model's own settings.
    expect(calls.req).toMatchObject({ algorithm: 'figure', direction: 'RIGHT', bands: [['driver'], ['actor'], ['resource']] });
    const input = calls.input!;
    const plan: LayoutPlan = {
      positions: Object.fromEntries(doc().nodes.map((n) => [n.id, n.position])),
      sizes: Object.fromEntries(doc().nodes.filter((n) => n.size).map((n) => [n.id, n.size!])),
      order: doc().nodes.map((n) => n.id),
    };
    expect(planOverlaps(plan, input)).toEqual([]);
    expect(useAppStore.getState().layoutRunning).toBe(false);

    history().undo();
    expect(doc()).toBe(before);
  });

  it('passes measured sizes and estimated label sizes to the kernel', async () => {
    const measured = new Map(doc().nodes.map((n) => [n.id, { width: 211, height: 57 }]));
    useAppStore.setState({ measured });
    const calls: Calls = { fit: 0 };
    await autoLayout(realElk(calls));
    const element = calls.input!.nodes.find((n) => n.id === 'actor-school')!;
    expect(element).toMatchObject({ width: 211, height: 57 });
    // Every Figure 2 edge shows its relation's label (驱动, 合作…), so every edge has a label box.
    expect(calls.input!.edges.every((e) => (e.labelWidth ?? 0) > 0 && (e.labelHeight ?? 0) > 0)).toBe(true);
  });

  it('runs the menu choice and remembers it (view state, not in the document)', async () => {
    const calls: Calls = { fit: 0 };
    await chooseLayout(realElk(calls), 'layered-down');
    expect(calls.req).toMatchObject({ algorithm: 'layered', direction: 'DOWN' });
    expect(useAppStore.getState().layoutChoice).toBe('layered-down');
    expect(steps()).toBe(1);
    expect(doc().layout).toEqual(loadFigure2().layout);
  });

  it('lays out only the selection, leaving the other nodes where they were', async () => {
    const before = doc();
    useAppStore.setState({ selection: { nodes: new Set(['actor-school', 'actor-student']), edges: new Set() } });
    const calls: Calls = { fit: 0 };
    expect(await chooseLayout(realElk(calls), 'selection')).toBe('applied');
    expect(calls.req?.selection).toEqual(['actor-school', 'actor-student']);
    const moved = doc().nodes.filter((n, i) => n.position !== before.nodes[i].position).map((n) => n.id);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((id) => id === 'actor-school' || id === 'actor-student')).toBe(true);
  });
});

describe('autoLayout: failure keeps the document', () => {
  it.each([
    ['failed', 'The layout failed. The positions are unchanged.'],
    ['timeout', 'The layout took too long and was stopped. The positions are unchanged.'],
  ] as const)('%s: document unchanged, no undo step, an error notice with the cause', async (code, text) => {
    const before = doc();
    const calls: Calls = { fit: 0 };
    const outcome = await autoLayout(env(() => Promise.reject(new LayoutError(code, `kernel says ${code}`)), calls));
    expect(outcome).toBe('failed');
    expect(doc()).toBe(before);
    expect(steps()).toBe(0);
    expect(calls.fit).toBe(0);
    expect(notices()).toHaveLength(1);
    expect(notices()[0]).toMatchObject({ tone: 'error', text, details: [`kernel says ${code}`] });
    expect(useAppStore.getState().layoutRunning).toBe(false);
  });

  it('refuses Organic over 150 nodes with a message, before starting ELK', async () => {
    const big = smallModel();
    const nodes = Array.from({ length: 151 }, (_, i) => ({ id: `n${i}`, kind: 'actor', label: `N${i}`, position: { x: i * 10, y: 0 } }));
    reset({ ...big, nodes, edges: [] });
    const run = vi.fn((input: LayoutInput, req: LayoutRequest, signal: AbortSignal) => runLayout(input, req, elk, signal));
    const layoutSpy = vi.spyOn(elk, 'layout');
    expect(await chooseLayout(env(run), 'organic')).toBe('refused');
    expect(layoutSpy).not.toHaveBeenCalled();
    layoutSpy.mockRestore();
    expect(steps()).toBe(0);
    expect(notices()[0]).toMatchObject({ tone: 'warning', text: 'Organic layout handles up to 150 nodes; this model has 151. Use Figure or Layered instead.' });
  });

  it('blocks Radial without exactly one selected node, and Selection only without a selection', async () => {
    const run = vi.fn();
    expect(await chooseLayout(env(run), 'radial')).toBe('blocked');
    expect(await chooseLayout(env(run), 'selection')).toBe('blocked');
    expect(run).not.toHaveBeenCalled();
    expect(notices().map((n) => n.text)).toEqual(['Select exactly one node to lay out around it.', 'Select the nodes to lay out first.']);
  });

  it('drops a result computed for a document that changed meanwhile', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const pending = autoLayout(env(async (input, req, signal) => {
      await gate;
      return runLayout(input, req, elk, signal);
    }));
    await Promise.resolve();
    useAppStore.getState().edit((d) => ({ ...d, meta: { ...d.meta, title: 'edited meanwhile' } }));
    const edited = doc();
    release();
    expect(await pending).toBe('stale');
    expect(doc()).toBe(edited);
    expect(steps()).toBe(1); // only the user's edit
    expect(notices()[0].tone).toBe('warning');
  });
});

describe('autoLayout: cancel and progress', () => {
  it('shows progress while running, runs one layout at a time, and a cancel leaves the document unchanged', async () => {
    const before = doc();
    let seen: AbortSignal | undefined;
    // Like the worker client: rejects with 'cancelled' when the signal aborts.
    const hanging = env((_input, _req, signal) => {
      seen = signal;
      return new Promise<LayoutPlan>((_resolve, reject) => signal.addEventListener('abort', () => reject(new LayoutError('cancelled', 'Layout was cancelled.'))));
    });
    const pending = autoLayout(hanging);
    await vi.waitFor(() => expect(seen).toBeDefined());
    expect(useAppStore.getState().layoutRunning).toBe(true);
    expect(await autoLayout(hanging)).toBe('busy');
    cancelLayout();
    expect(await pending).toBe('cancelled');
    expect(seen!.aborted).toBe(true);
    expect(doc()).toBe(before);
    expect(steps()).toBe(0);
    expect(useAppStore.getState().layoutRunning).toBe(false);
    expect(notices()[0]).toMatchObject({ tone: 'info', text: 'Layout cancelled; nothing moved.' });
  });

  it('honours a cancel even when the runner ignores the signal and finishes', async () => {
    const before = doc();
    let finish!: (plan: LayoutPlan) => void;
    const pending = autoLayout(env(() => new Promise<LayoutPlan>((resolve) => (finish = resolve))));
    await vi.waitFor(() => expect(finish).toBeDefined());
    cancelLayout();
    finish({ positions: { 'actor-school': { x: 1, y: 1 } }, sizes: {}, order: ['actor-school'] });
    expect(await pending).toBe('cancelled');
    expect(doc()).toBe(before);
  });
});

describe('Figure settings', () => {
  it('direction and bands are stored with the model, one undo step each, and used by the next Figure layout', async () => {
    setFigureDirection('DOWN');
    setFigureBand('resource', 0);
    expect(steps()).toBe(2);
    expect(doc().layout).toEqual({ direction: 'DOWN', bands: [['driver', 'resource'], ['actor']] });
    setFigureDirection('DOWN'); // unchanged: not a step
    expect(steps()).toBe(2);
    const calls: Calls = { fit: 0 };
    await autoLayout(realElk(calls), 'figure');
    expect(calls.req).toMatchObject({ algorithm: 'figure', direction: 'DOWN', bands: [['driver', 'resource'], ['actor']] });
  });
});

describe('layoutDeadline', () => {
  it('is the kernel\'s 15 s for ordinary models and grows with very large ones', () => {
    expect(layoutDeadline(28)).toBe(15_000);
    expect(layoutDeadline(375)).toBe(15_000);
    expect(layoutDeadline(500)).toBe(20_000);
  });
});

describe('autoLayout: ELK routes (issue 10)', () => {
  it('stores ELK’s routes for the committed positions after Figure, and none after Organic', async () => {
    expect(await autoLayout(realElk())).toBe('applied');
    const s = useAppStore.getState();
    expect(s.routes?.plan.source).toBe('elk');
    expect(s.routes?.plan.style).toBe('orthogonal');
    expect(s.routes?.plan.routes.size).toBe(s.doc.edges.length);
    expect(routesFresh(s)).toBe(true);
    // Anything that moves makes them stale by the route slice's own rule.
    history().undo();
    expect(routesFresh(useAppStore.getState())).toBe(false);

    useAppStore.setState({ routes: null });
    expect(await chooseLayout(realElk(), 'organic')).toBe('applied');
    expect(useAppStore.getState().routes).toBeNull();
  });

  it('does not keep an ELK plan whose route runs through a group title; the obstacle router routes instead', async () => {
    // A runner that returns ELK's real result with one route moved onto the first group's title.
    const crossing = env(async (input, req, signal) => {
      const plan = await runLayout(input, req, elk, signal);
      const after = applyLayoutPlan(doc(), plan);
      const group = after.nodes.find((n) => n.kind === GROUP_KIND)!;
      const title = routeInput(after, new Map(), 'zh').nodes.find((n) => n.id === group.id)!.title!;
      const [first] = plan.routes!.keys();
      const mid = { x: title.x + title.width / 2, y: title.y + title.height / 2 };
      const routes = new Map(plan.routes!);
      routes.set(first, { points: [{ x: mid.x, y: mid.y - 200 }, { x: mid.x, y: mid.y + 200 }] });
      return { ...plan, routes };
    });
    expect(await autoLayout(crossing)).toBe('applied');
    expect(useAppStore.getState().routes).toBeNull();
    // the same layout with ELK's own routes is kept
    reset(loadFigure2());
    expect(await autoLayout(realElk())).toBe('applied');
    expect(useAppStore.getState().routes?.plan.source).toBe('elk');
  });
});

