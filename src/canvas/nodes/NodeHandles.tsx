import { useEffect, useMemo, useState } from 'react';
import { Handle, Position, useNodeId, useStoreApi, useUpdateNodeInternals } from '@xyflow/react';

const SIDES = [
  ['t', Position.Top],
  ['r', Position.Right],
  ['b', Position.Bottom],
  ['l', Position.Left],
] as const;

/**
 * One handle per side, drawn only on the node under the pointer or selected (a connection drag
 * hovers its target, so the target shows them too). Four hidden handles on every node doubled
 * the node DOM, which drove hit-testing and paint on every pan frame (issue 15).
 * One invisible, unconnectable anchor stays on every node: React Flow draws an edge only between
 * nodes it has measured a handle on (our edges are floating, border to border, and ignore its
 * position). When the four appear, React Flow re-measures the node so a drag can start from them.
 * The canvas uses loose connection mode, so any handle can start or end a connection.
 */
export function NodeHandles({ show }: { show: boolean }) {
  const id = useNodeId();
  const update = useUpdateNodeInternals();
  useEffect(() => {
    if (show && id) update(id);
  }, [show, id, update]);
  return (
    <>
      {show && SIDES.map(([side, position]) => <Handle key={side} id={side} type="source" position={position} className="tm-handle" />)}
      <Handle type="source" position={Position.Top} className="tm-anchor" isConnectable={false} />
    </>
  );
}

type HoverEvent = { buttons: number };

/**
 * Pointer enter/leave handlers that keep `set` in step with whether the pointer is over the node,
 * except while a button is held for something other than a connection: then the pointer crosses
 * nodes without meaning to hover them. A dragged node is drawn a frame behind the pointer, so the
 * pointer left it and came back on most frames of a drag, each time re-rendering it and its
 * handles, and every node it crossed showed its handles and was re-measured (issue 15). What
 * changed meanwhile is applied when the button is released. A connection drag still hovers its
 * target, so the target shows the handles to connect to.
 */
export function hoverHandlers(set: (on: boolean) => void, connecting: () => boolean, target: Pick<Window, 'addEventListener'> = window) {
  let pending: boolean | null = null;
  const apply = () => {
    const on = pending;
    pending = null;
    if (on !== null) set(on);
  };
  const change = (on: boolean) => (event: HoverEvent) => {
    if (event.buttons !== 0 && !connecting()) {
      if (pending === null) target.addEventListener('pointerup', apply, { once: true });
      pending = on;
      return;
    }
    pending = null;
    set(on);
  };
  return { onPointerEnter: change(true), onPointerLeave: change(false) };
}

/** Whether the pointer is over the node: pointer enter/leave props for its root element. */
export function useHover() {
  const [hover, setHover] = useState(false);
  const rf = useStoreApi();
  const hoverProps = useMemo(() => hoverHandlers(setHover, () => rf.getState().connection.inProgress), [rf]);
  return { hover, hoverProps };
}
