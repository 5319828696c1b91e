import { useEffect, useState } from 'react';
import { Handle, Position, useNodeId, useUpdateNodeInternals } from '@xyflow/react';

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

/** Whether the pointer is over the node: pointer enter/leave props for its root element. */
export function useHover() {
  const [hover, setHover] = useState(false);
  return { hover, hoverProps: { onPointerEnter: () => setHover(true), onPointerLeave: () => setHover(false) } };
}
