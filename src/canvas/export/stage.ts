/**
 * The export stage: a static copy of the canvas, framed to the whole model at 100 % zoom, with
 * the editor's chrome removed. Both exports start here:
 *   - SVG reads the geometry and line breaks off the stage and redraws them as vector;
 *   - PNG rasterizes that SVG (issue 15; it used to be html-to-image's copy of the stage).
 * The title and legend are not on the stage: both formats draw them from the same SVG code.
 * Working on a copy means the live canvas, its selection and its viewport are never touched,
 * and everything read is at zoom 1, however far the user has zoomed out.
 *
 * The stage sits off-screen (not display:none, which would have no layout to measure).
 */
import { getViewportForBounds } from '@xyflow/react';
import type { Rect } from '../../io/export/scene';

/**
 * Editor chrome, never exported: connection handles, resize handles and lines, the wide invisible hit
 * paths of edges, and a selected edge's grips (reconnect ends, bend points and the "+" that adds one).
 */
const CHROME = ['.react-flow__handle', '.react-flow__resize-control', '.react-flow__edge-interaction', '.react-flow__edgeupdater', '.tm-reconnect', '.tm-bends'];
/**
 * Editor states drawn by class: selection outlines (React Flow's `selected`, ours `is-selected`),
 * and the dotted "translation missing" underline, which is a note to the editor, not part of a figure.
 */
// Find's marks (issue 14) are a note to the reader too; focus and filter dimming is the view exported.
const STATE_CLASSES = ['selected', 'is-selected', 'dragging', 'is-untranslated', 'tm-hit', 'tm-hit-current'];
const SELECTED_Z_BOOST = 1000;

export type Stage = {
  /** The framed figure. */
  root: HTMLElement;
  /** The copied `.react-flow__viewport`, transformed so the frame starts at the root's corner. */
  viewport: HTMLElement;
  frame: Rect;
  dispose: () => void;
};

function neutralise(copy: HTMLElement): void {
  for (const el of copy.querySelectorAll(CHROME.join(','))) el.remove();
  // React Flow raises a selected node by 1000 (elevateNodesOnSelect), drawing it over edges it
  // normally sits under; put it back in its place.
  for (const node of copy.querySelectorAll<HTMLElement>('.react-flow__node.selected')) {
    const z = Number(node.style.zIndex);
    if (z >= SELECTED_Z_BOOST) node.style.zIndex = String(z - SELECTED_Z_BOOST);
  }
  for (const cls of STATE_CLASSES) {
    for (const el of [...copy.getElementsByClassName(cls)]) el.classList.remove(cls);
  }
}

/** Copies the live viewport onto an off-screen stage framed to `frame` at zoom 1. */
export function buildStage(liveViewport: HTMLElement, frame: Rect): Stage {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.className = 'tm-export-host';
  Object.assign(host.style, { position: 'fixed', left: '-100000px', top: '0', pointerEvents: 'none' });
  // Not `react-flow`: that class defines ~40 CSS variables that every element would inherit (the
  // stage is only measured now, but a leaner tree measures faster). The two rules of React Flow's
  // stylesheet that need the class are repeated for `.tm-export-frame` in styles.css.
  const root = document.createElement('div');
  root.className = 'tm-export-frame';
  Object.assign(root.style, { position: 'relative', overflow: 'hidden', width: `${frame.width}px`, height: `${frame.height}px` });
  const viewport = liveViewport.cloneNode(true) as HTMLElement;
  neutralise(viewport);
  // Zoom 1 and the frame's corner at the origin: 1 CSS px per flow unit; resolution comes from the pixel ratio.
  const { x, y, zoom } = getViewportForBounds(frame, frame.width, frame.height, 1, 1, 0);
  viewport.style.transform = `translate(${x}px, ${y}px) scale(${zoom})`;
  root.appendChild(viewport);
  host.appendChild(root);
  document.body.appendChild(host);
  return { root, viewport, frame, dispose: () => host.remove() };
}
