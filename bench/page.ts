/**
 * Code that runs inside the benchmarked page (passed to page.evaluate / addInitScript).
 * Kept free of imports: Playwright serialises these functions.
 */

/** Counts React commits and how many node wrappers re-rendered in each, via the DevTools hook
 *  (React calls it in production builds too). Installed before the page's scripts run. */
export function installCommitCounter() {
  const w = window as unknown as Record<string, unknown>;
  const state = { commits: 0, nodeRenders: 0, counting: false };
  w.__bench = state;
  type Fiber = { flags: number; child: Fiber | null; sibling: Fiber | null; return: Fiber | null; memoizedProps: { className?: unknown } | null; type: unknown };
  // A fiber that re-rendered is swapped in as a new object; one that bailed out stays the same
  // object as in the previous committed tree. So: a node wrapper rendered in this commit iff its
  // fiber was not in the previous commit's set (what React DevTools' didFiberRender relies on).
  let previous: WeakSet<Fiber> | null = null;
  const visit = (fiber: Fiber | null, seen: WeakSet<Fiber>) => {
    let f = fiber;
    while (f) {
      const cls = f.memoizedProps && typeof f.memoizedProps.className === 'string' ? f.memoizedProps.className : '';
      if (f.type === 'div' && cls.startsWith('react-flow__node ') && f.return) {
        seen.add(f.return);
        // PerformedWork (flag 1): the component ran; a memo bail-out clones the fiber without it.
        if (previous && !previous.has(f.return) && (f.return.flags & 1) === 1) state.nodeRenders++;
      }
      visit(f.child, seen);
      f = f.sibling;
    }
  };
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => {},
    onScheduleFiberRoot: () => {},
    onPostCommitFiberRoot: () => {},
    onCommitFiberUnmount: () => {},
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      if (!state.counting) {
        previous = null;
        return;
      }
      const seen = new WeakSet<Fiber>();
      const counted = previous !== null;
      if (counted) state.commits++;
      visit(root.current, seen);
      if (!counted) state.nodeRenders = 0;
      previous = seen;
    },
  };
}

/** Resolves with ms from `since` (default: page's __t0) until all `count` nodes are measured. */
export function waitAllMeasured(args: { count: number; since?: number }): Promise<number> {
  const start = args.since ?? (window as unknown as { __t0: number }).__t0;
  return new Promise((resolve, reject) => {
    const deadline = performance.now() + 120_000;
    const check = () => {
      const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
      if (nodes.length === args.count && [...nodes].every((n) => n.style.visibility !== 'hidden' && n.offsetWidth > 0)) {
        resolve(performance.now() - start);
      } else if (performance.now() > deadline) reject(new Error(`only ${nodes.length} of ${args.count} nodes measured`));
      else requestAnimationFrame(check);
    };
    check();
  });
}

/** Starts recording requestAnimationFrame timestamps; `stopFrames` returns the frame durations. */
export function startFrames() {
  const w = window as unknown as { __frames: number[]; __framesOn: boolean; __framesGen: number };
  // A generation number: a loop left from an earlier recording must not push into this one.
  const gen = (w.__framesGen = (w.__framesGen ?? 0) + 1);
  const frames: number[] = (w.__frames = []);
  w.__framesOn = true;
  const tick = (t: number) => {
    if (w.__framesGen !== gen || !w.__framesOn) return;
    frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export function stopFrames(): number[] {
  const w = window as unknown as { __frames: number[]; __framesOn: boolean };
  w.__framesOn = false;
  const f = w.__frames;
  return f.slice(1).map((t, i) => t - f[i]);
}

/** A point on the empty pane (for panning), searched on a grid. */
export function findPanePoint(): { x: number; y: number } | null {
  const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
  for (let y = pane.top + 40; y < pane.bottom - 40; y += 13) {
    for (let x = pane.left + 60; x < pane.right - 260; x += 17) {
      const hit = document.elementFromPoint(x, y);
      if (hit?.classList.contains('react-flow__pane') && document.elementFromPoint(x + 200, y)?.classList.contains('react-flow__pane')) return { x, y };
    }
  }
  return null;
}
