// libavoid-js 0.4.5's `exports` map points `types` at ./dist/libavoid.d.ts, which is not in the
// package (its typings are in typings/); this declares the part of the API the router uses, with
// the names of typings/libavoid.d.ts. Every object made with `new` is WASM memory: Avoid.destroy it.
declare module 'libavoid-js' {
  export interface AvoidPoint { x: number; y: number }
  export interface AvoidPolyLine { size(): number; get_ps(index: number): AvoidPoint }
  export interface AvoidRouter {
    processTransaction(): void;
    setRoutingParameter(parameter: number, value: number): void;
    setRoutingOption(option: number, value: boolean): void;
  }
  export type AvoidShapeRef = object;
  export type AvoidConnEnd = object;
  export interface AvoidConnRef { displayRoute(): AvoidPolyLine }
  export interface Avoid {
    PolyLineRouting: number;
    OrthogonalRouting: number;
    ConnDirAll: number;
    ConnDirUp: number;
    ConnDirDown: number;
    ConnDirLeft: number;
    ConnDirRight: number;
    shapeBufferDistance: number;
    idealNudgingDistance: number;
    segmentPenalty: number;
    crossingPenalty: number;
    nudgeOrthogonalSegmentsConnectedToShapes: number;
    nudgeSharedPathsWithCommonEndPoint: number;
    Router: new (flags: number) => AvoidRouter;
    Point: new (x: number, y: number) => AvoidPoint;
    Rectangle: new (topLeft: AvoidPoint, bottomRight: AvoidPoint) => object;
    ShapeRef: new (router: AvoidRouter, polygon: object) => AvoidShapeRef;
    ShapeConnectionPin: new (shape: AvoidShapeRef, classId: number, xOffset: number, yOffset: number, proportional: boolean, insideOffset: number, visDirs: number) => object;
    ConnEnd: { new (point: AvoidPoint): AvoidConnEnd; new (shape: AvoidShapeRef, classId: number): AvoidConnEnd };
    ConnRef: new (router: AvoidRouter, src: AvoidConnEnd, dst: AvoidConnEnd) => AvoidConnRef;
    destroy(obj: object): void;
  }
  export const AvoidLib: { load(wasmUrl?: string): Promise<void>; getInstance(): Avoid };
}
