import type { NodeChange } from '@xyflow/react';

/**
 * A drag's moves and React Flow's measured sizes, applied once per task after the frame that
 * received them (issue 15).
 *
 * React Flow reports each pointer move inside the frame that dispatched it. Applied there, the
 * move's whole update (the document, every store subscriber, the canvas's render and React Flow's
 * own) ran inside that frame, and at 500 nodes a drag frame took two or three vsyncs. Bare React
 * Flow's `useNodesState` renders its moves in a task after the frame; this does the same for the
 * document: the moves that arrive before the task are merged (each node's newest position), and
 * what runs after them each frame (alignment guides) runs after they are applied.
 *
 * Measured sizes wait the same way. React Flow measures in its ResizeObserver, inside the frame,
 * after layout. Applied there, a new size (each group of a 500-node layout, revealed one by one,
 * issue 15) added the store update, the canvas's render, React Flow's second update and room
 * making to that frame's style, layout and paint: one task of 35–60 ms idle and past 100 under
 * load. React Flow keeps its own copy of the size, so its edges are right in that frame already.
 *
 * Anything else (a drag's end, a selection, a resize by hand) applies what is waiting first, then
 * itself, in the order React Flow sent them. The pointer's release must `flush()` before it ends
 * the gesture, so the last moves land in the drag's own undo step.
 */
export type DragBatch = {
  /** React Flow's `onNodesChange`. */
  changes(changes: NodeChange[]): void;
  /** The nodes dragged on this frame, for what runs after the moves. */
  dragged(ids: string[]): void;
  /** Applies what is waiting, now. */
  flush(): void;
};

const isMove = (c: NodeChange) => c.type === 'position' && c.dragging === true;
/** A size React Flow measured (not one set by the resizer, whose end closes a gesture). */
const isMeasure = (c: NodeChange) => c.type === 'dimensions' && c.resizing === undefined;
/** What may wait for the task after the frame: newest per node and kind. */
const waitKey = (c: NodeChange): string | null => (isMove(c) ? `p${(c as { id: string }).id}` : isMeasure(c) ? `d${(c as { id: string }).id}` : null);

/** Runs `fn` in a task of its own, after the current frame: a message, not a 4 ms-clamped timer. */
export function afterFrame(fn: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(fn, 0);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}

export function dragBatch(apply: (changes: NodeChange[]) => void, afterMoves: (ids: string[]) => void, post: (fn: () => void) => void = afterFrame): DragBatch {
  const waiting = new Map<string, NodeChange>();
  let dragged: string[] | null = null;
  let posted = false;
  const flush = () => {
    posted = false;
    if (waiting.size > 0) {
      const changes = [...waiting.values()];
      waiting.clear();
      apply(changes);
    }
    if (dragged) {
      const ids = dragged;
      dragged = null;
      afterMoves(ids);
    }
  };
  const schedule = () => {
    if (posted) return;
    posted = true;
    post(flush);
  };
  return {
    changes(changes) {
      const keys = changes.map(waitKey);
      if (changes.length > 0 && keys.every((k) => k !== null)) {
        changes.forEach((change, i) => waiting.set(keys[i]!, change));
        schedule();
        return;
      }
      flush();
      apply(changes);
    },
    dragged(ids) {
      dragged = ids;
      schedule();
    },
    flush,
  };
}
