/** Client coordinates of a mouse or touch event (touchend keeps the lifted finger in changedTouches). */
export function clientPoint(event: MouseEvent | TouchEvent): { x: number; y: number } | undefined {
  if ('changedTouches' in event) {
    const touch = event.changedTouches[0];
    return touch ? { x: touch.clientX, y: touch.clientY } : undefined;
  }
  return { x: event.clientX, y: event.clientY };
}

/**
 * The id of the topmost canvas node under a screen point, or undefined. Used to accept a
 * connection dropped anywhere on a node, not only on one of its small handles.
 */
export function nodeIdAt(point: { x: number; y: number } | undefined): string | undefined {
  if (!point) return undefined;
  for (const el of document.elementsFromPoint(point.x, point.y)) {
    const node = el.closest<HTMLElement>('.react-flow__node');
    if (node?.dataset.id) return node.dataset.id;
  }
  return undefined;
}
