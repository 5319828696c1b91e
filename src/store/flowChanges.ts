import type { EdgeChange, NodeChange } from '@xyflow/react';
import { moveNodes, updateNode } from '../model/edits';
import type { Size } from '../model/types';
import { activeEditor } from './activeEditor';
import { useAppStore } from './appStore';

/**
 * React Flow reports what the user did as change lists; this turns them into document edits and
 * view updates. A drag or a resize is ONE undo step: the first frame that moves something is
 * recorded (its "before" is the pre-drag document), the later frames and the one that ends the
 * gesture merge into it (history.ts). The gesture lives in the editor's session.
 * Removal is not taken from here: Delete runs the deleteSelection command, so that removing
 * nodes and their edges is one step (React Flow would report them as two change lists).
 */

const gesture = () => activeEditor().session.gesture;

/** True while a drag or resize is under way (the router waits for its end, issue 10). */
export const gestureActive = () => gesture().active;

/** True while the user drags, resizes or pans: autosave holds its write until the end (issue 15). */
export const gestureUnderWay = () => gesture().active || activeEditor().session.panning;

/** React Flow's onMoveStart / onMoveEnd: a pan or zoom of the canvas begins or ends. */
export const setPanning = (on: boolean) => {
  activeEditor().session.panning = on;
};

/** Ends a drag/resize; also called on pointerup/blur so a lost drag end never merges the next drag into this one. */
export function endGesture() {
  const g = gesture();
  g.active = false;
  g.recorded = false;
}

export function applyNodeChanges(changes: NodeChange[]) {
  const state = useAppStore.getState();
  const positions = new Map<string, { x: number; y: number }>();
  const sizes = new Map<string, { size: Size }>();
  let measured: Map<string, Size> | undefined;
  let selection: Set<string> | undefined;
  let active = false;
  let ended = false;

  for (const change of changes) {
    if (change.type === 'position' && change.position) {
      positions.set(change.id, change.position);
      if (change.dragging) active = true;
      else ended = true;
    } else if (change.type === 'dimensions' && change.dimensions) {
      if (change.resizing !== undefined) {
        sizes.set(change.id, { size: { width: Math.round(change.dimensions.width), height: Math.round(change.dimensions.height) } });
        if (change.resizing) active = true;
        else ended = true;
      } else {
        // A size reported again unchanged keeps the map and its object: a new `measured` map
        // re-runs every flow-node cache check and makes the route basis stale (issue 15).
        const old = (measured ?? state.measured).get(change.id);
        if (old && old.width === change.dimensions.width && old.height === change.dimensions.height) continue;
        measured ??= new Map(state.measured);
        measured.set(change.id, change.dimensions);
      }
    } else if (change.type === 'select') {
      selection ??= new Set(state.selection.nodes);
      if (change.selected) selection.add(change.id);
      else selection.delete(change.id);
    }
  }

  if (positions.size > 0 || sizes.size > 0) {
    const g = gesture();
    const changed = state.edit((doc) => {
      let next = moveNodes(doc, positions);
      for (const [id, { size }] of sizes) next = updateNode(next, id, (n) => (n.size && n.size.width === size.width && n.size.height === size.height ? n : { ...n, size }));
      return next;
    }, g.active && g.recorded ? 'merge' : 'record');
    if (active) {
      g.active = true;
      if (changed) g.recorded = true;
    }
    if (ended && !active) endGesture();
  }
  if (measured) state.setMeasured(measured);
  if (selection) state.setSelection({ nodes: selection, edges: state.selection.edges });
}

export function applyEdgeChanges(changes: EdgeChange[]) {
  const state = useAppStore.getState();
  let selection: Set<string> | undefined;
  for (const change of changes) {
    if (change.type === 'select') {
      selection ??= new Set(state.selection.edges);
      if (change.selected) selection.add(change.id);
      else selection.delete(change.id);
    }
  }
  if (selection) state.setSelection({ nodes: useAppStore.getState().selection.nodes, edges: selection });
}
