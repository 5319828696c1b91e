/**
 * Listeners registered by the two end nodes of an edge, called by node id or all at once: what
 * `endsHub` and `plannedHub` share (issue 15). `onFirst` runs when the first listener comes and
 * returns what to run when the last one goes (a store subscription held only while needed).
 */
type Listener = () => void;

export type Fanout = {
  add: (a: string, b: string, listener: Listener) => () => void;
  /** Each listener of these nodes once, even when both its ends are among them. */
  call: (ids: Iterable<string>) => void;
  callAll: () => void;
  size: () => number;
};

export function nodeFanout(onFirst: () => () => void): Fanout {
  const all = new Set<Listener>();
  const byNode = new Map<string, Set<Listener>>();
  let stop: (() => void) | null = null;
  const drop = (id: string, l: Listener) => {
    const set = byNode.get(id);
    set?.delete(l);
    if (set?.size === 0) byNode.delete(id);
  };
  return {
    add(a, b, listener) {
      // A wrapper per registration, so the same function twice is two registrations.
      const l: Listener = () => listener();
      if (all.size === 0) stop = onFirst();
      all.add(l);
      for (const id of [a, b]) {
        let set = byNode.get(id);
        if (!set) byNode.set(id, (set = new Set()));
        set.add(l);
      }
      return () => {
        if (!all.delete(l)) return;
        drop(a, l);
        drop(b, l);
        if (all.size === 0) stop?.();
      };
    },
    call(ids) {
      const due = new Set<Listener>();
      for (const id of ids) byNode.get(id)?.forEach((l) => due.add(l));
      due.forEach((l) => l());
    },
    callAll: () => [...all].forEach((l) => l()),
    size: () => all.size,
  };
}
