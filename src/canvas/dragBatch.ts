import type { NodeChange } from '@xyflow/react';

/**
 * A drag's moves, applied once per task after the frame that received them (issue 15).
 *
 * React Flow reports each pointer move inside the frame that dispatched it. Applied there, the
 * move's whole update (the document, every store subscriber, the canvas's render and React Flow's
 * own) ran inside that frame, and at 500 nodes a drag frame took two or three vsyncs. Bare React
 * Flow's `useNodesState` renders its moves in a task after the frame; this does the same for the
 * document: the moves that arrive before the task are merged (each node's newest position), and
 * what runs after them each frame (alignment guides) runs after they are applied.
 *
 * Anything else (a drag's end, a selection, a size) applies what is waiting first, then itself,
 * in the order React Flow sent them. The pointer's release must `flush()` before it ends the
 * gesture, so the last moves land in the drag's own undo step.
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
  const moves = new Map<string, NodeChange>();
  let dragged: string[] | null = null;
  let posted = false;
  const flush = () => {
    posted = false;
    if (moves.size > 0) {
      const waiting = [...moves.values()];
      moves.clear();
      apply(waiting);
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
      if (changes.length > 0 && changes.every(isMove)) {
        for (const change of changes) moves.set((change as { id: string }).id, change);
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
