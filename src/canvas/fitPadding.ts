import type { FitViewOptions } from '@xyflow/react';

const MARGIN = 24;

/**
 * Fit-view padding that keeps the figure clear of the panels floating over the canvas: the
 * legend in the top-right corner and the zoom controls in the bottom-left one. A wide figure
 * (drivers | actors | resources after "Auto layout") was framed with its right-hand column under
 * the legend. Each panel's width is reserved on its side; without panels this is a plain margin.
 * (The minimap, bottom-right, is left out: reserving its width would shrink every figure.)
 */
export function legendAwarePadding(flow: Element | null | undefined): FitViewOptions['padding'] {
  if (!flow) return `${MARGIN}px`;
  const box = flow.getBoundingClientRect();
  const legend = flow.querySelector('.tm-legend')?.getBoundingClientRect();
  const controls = flow.querySelector('.react-flow__controls')?.getBoundingClientRect();
  const right = legend ? Math.round(box.right - legend.left + 12) : 0;
  const left = controls ? Math.round(controls.right - box.left + 8) : 0;
  return { top: `${MARGIN}px`, bottom: `${MARGIN}px`, left: `${Math.max(MARGIN, left)}px`, right: `${Math.max(MARGIN, right)}px` };
}
