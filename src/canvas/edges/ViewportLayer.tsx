import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useViewportLayer } from './labelLayer';

/** React Flow's `ViewportPortal` without its `querySelector` on every store update (labelLayer.ts). */
export function ViewportLayer({ children }: { children: ReactNode }) {
  const layer = useViewportLayer();
  return layer ? createPortal(children, layer) : null;
}
