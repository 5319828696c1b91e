import { useState } from 'react';
import { Handle, Position } from '@xyflow/react';

const SIDES = [
  ['t', Position.Top],
  ['r', Position.Right],
  ['b', Position.Bottom],
  ['l', Position.Left],
] as const;

/**
 * One handle per side, drawn only on the node under the pointer or selected (a connection drag
 * hovers its target, so the target shows them too). Hidden handles on every node doubled the
 * node DOM, which drove hit-testing and paint on every pan frame (issue 15). React Flow knows
 * where they are without measuring them: the node object carries their boxes (`handlesFor`,
 * io/flow.ts). The canvas uses loose connection mode, so any handle can start or end a
 * connection; edges are drawn border-to-border (floating), so handles only matter while connecting.
 */
export function NodeHandles({ show }: { show: boolean }) {
  if (!show) return null;
  return (
    <>
      {SIDES.map(([id, position]) => (
        <Handle key={id} id={id} type="source" position={position} className="tm-handle" />
      ))}
    </>
  );
}

/** Whether the pointer is over the node: pointer enter/leave props for its root element. */
export function useHover() {
  const [hover, setHover] = useState(false);
  return { hover, hoverProps: { onPointerEnter: () => setHover(true), onPointerLeave: () => setHover(false) } };
}
