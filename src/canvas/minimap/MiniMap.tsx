import { memo, useEffect, useMemo, useRef } from 'react';
import { Panel, useStore, useStoreApi, type Node, type ReactFlowState } from '@xyflow/react';
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import { frameOf, miniRectsSelector, viewOf, type MiniRect, type ViewBox } from './miniRects';

const WIDTH = 200;
const HEIGHT = 150;
const RADIUS = 5;

const sameView = (a: ViewBox, b: ViewBox) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
const selectView = (s: ReactFlowState) => viewOf(s);
const selectWiring = (s: ReactFlowState) => ({ panZoom: s.panZoom, translateExtent: s.translateExtent, width: s.width, height: s.height, label: s.ariaLabelConfig['minimap.ariaLabel'] });
const sameWiring = (a: ReturnType<typeof selectWiring>, b: ReturnType<typeof selectWiring>) =>
  a.panZoom === b.panZoom && a.translateExtent === b.translateExtent && a.width === b.width && a.height === b.height && a.label === b.label;

/** One node's box: drawn again only when it changed (the selector keeps unchanged boxes' objects). */
const Box = memo(function Box({ r }: { r: MiniRect }) {
  return (
    <rect
      className={r.selected ? 'react-flow__minimap-node selected' : 'react-flow__minimap-node'}
      x={r.x}
      y={r.y}
      width={r.width}
      height={r.height}
      rx={RADIUS}
      ry={RADIUS}
      style={{ fill: r.color, strokeWidth: 0 }}
      shapeRendering="crispEdges"
    />
  );
});

/** The nodes: never drawn again on a pan frame, and on a drag frame only the moved box. */
const Rects = memo(function Rects({ rects }: { rects: readonly MiniRect[] }) {
  return rects.map((r) => <Box key={r.id} r={r} />);
});

/**
 * The minimap, bottom right: every node as a box and the window's frame over them; drag it to
 * pan, wheel over it to zoom (React Flow's own `XYMinimap` does both). Drawn with React Flow's
 * classes and look, but from one selector for all the nodes and one for the window, where React
 * Flow's `MiniMap` runs one per node on every pan and drag frame (issue 15).
 */
export function MiniMap({ colorOf, id }: { colorOf: (node: Node) => string; id: string }) {
  const store = useStoreApi();
  const svg = useRef<SVGSVGElement>(null);
  const { rects, bounds } = useStore(useMemo(() => miniRectsSelector(colorOf), [colorOf]));
  const view = useStore(selectView, sameView);
  const wiring = useStore(selectWiring, sameWiring);
  const frame = frameOf(bounds, view, WIDTH, HEIGHT);
  // What XYMinimap's pointer handlers read: the scale of the frame drawn last.
  const scale = useRef(frame.scale);
  useEffect(() => {
    scale.current = frame.scale;
  });
  const minimap = useRef<XYMinimapInstance | null>(null);

  useEffect(() => {
    if (!svg.current || !wiring.panZoom) return;
    const instance = XYMinimap({ domNode: svg.current, panZoom: wiring.panZoom, getTransform: () => store.getState().transform, getViewScale: () => scale.current });
    minimap.current = instance;
    return () => {
      instance.destroy();
      minimap.current = null;
    };
  }, [wiring.panZoom, store]);
  useEffect(() => {
    minimap.current?.update({ translateExtent: wiring.translateExtent, width: wiring.width, height: wiring.height, pannable: true, zoomable: true, zoomStep: 1 });
  }, [wiring]);

  const { x, y, width, height, offset } = frame;
  const labelId = `tm-minimap-title-${id}`;
  return (
    <Panel position="bottom-right" className="react-flow__minimap" data-testid="rf__minimap">
      <svg ref={svg} width={WIDTH} height={HEIGHT} viewBox={`${x} ${y} ${width} ${height}`} className="react-flow__minimap-svg" role="img" aria-labelledby={labelId}>
        <title id={labelId}>{wiring.label}</title>
        <Rects rects={rects} />
        <path
          className="react-flow__minimap-mask"
          d={`M${x - offset},${y - offset}h${width + offset * 2}v${height + offset * 2}h${-width - offset * 2}z M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
}
