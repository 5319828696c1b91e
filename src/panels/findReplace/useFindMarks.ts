import { useEffect, useMemo, useState } from 'react';
import { services } from '../../commands/services';
import type { Hit } from '../../model/findReplace';
import { findTargets, type FindTarget } from '../../model/findTargets';
import { useAppStore } from '../../store/appStore';

/** The node ids to bring into view for a target: the node, or an edge's two ends. */
function viewIds(target: FindTarget): string[] {
  if (target.type === 'node') return [target.id];
  const edge = useAppStore.getState().doc.edges.find((e) => e.id === target.id);
  return edge ? [edge.source, edge.target] : [];
}

/**
 * Find on the canvas (issue 14): the elements holding hits are marked as the user types, the
 * current one more strongly, and the view follows it; Next/Previous step through them. The marks
 * are view state and go when the panel closes.
 */
export function useFindMarks(hits: readonly Hit[]) {
  const targets = useMemo(() => findTargets(hits), [hits]);
  // The position belongs to one list of targets: a new query starts again at its first match.
  const [at, setAt] = useState<{ of: readonly FindTarget[]; index: number }>({ of: targets, index: 0 });
  const index = at.of === targets ? Math.min(at.index, targets.length - 1) : 0;
  const current = targets.length > 0 ? targets[index] : undefined;

  useEffect(() => {
    const { setFindMarks } = useAppStore.getState();
    if (targets.length === 0) {
      setFindMarks(null);
      return;
    }
    setFindMarks({
      nodes: new Set(targets.filter((t) => t.type === 'node').map((t) => t.id)),
      edges: new Set(targets.filter((t) => t.type === 'edge').map((t) => t.id)),
      current: current ?? null,
    });
  }, [targets, current]);

  useEffect(() => {
    if (current) services.reveal?.(viewIds(current));
  }, [current]);

  useEffect(() => () => useAppStore.getState().setFindMarks(null), []);

  const step = (by: number) => targets.length > 0 && setAt({ of: targets, index: (index + by + targets.length) % targets.length });
  return { count: targets.length, position: current ? index + 1 : 0, next: () => step(1), previous: () => step(-1) };
}
