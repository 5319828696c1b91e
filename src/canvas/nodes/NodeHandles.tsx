import { Handle, Position } from '@xyflow/react';

const SIDES = [
  ['t', Position.Top],
  ['r', Position.Right],
  ['b', Position.Bottom],
  ['l', Position.Left],
] as const;

/**
 * One handle per side. The canvas uses loose connection mode, so any handle can start or end a
 * connection; edges are drawn border-to-border (floating), so handles only matter while
 * connecting. Hidden with opacity, never display:none (React Flow needs their geometry).
 */
export function NodeHandles() {
  return (
    <>
      {SIDES.map(([id, position]) => (
        <Handle key={id} id={id} type="source" position={position} className="tm-handle" />
      ))}
    </>
  );
}
