import { useEffect, useRef } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { provideServices } from '../../commands/services';
import type { ImageExportOptions } from '../../io/export/options';
import type { FlowNode, RelationFlowEdge } from '../../io/flow';

/**
 * Provides the presentation's step export (issue 14) to the commands; the export itself
 * (stepExport.ts, with the SVG builder and PNG encoder) loads on first use.
 */
export function useStepExport() {
  const flowNow = useReactFlow<FlowNode, RelationFlowEdge>();
  const flowStore = useStoreApi<FlowNode, RelationFlowEdge>();
  // React Flow's instance object changes once it is ready; the service reads the latest one.
  // Provided once: provideServices' cleanup restores every service as it found them, so
  // re-providing would undo the services the shell provided after the canvas mounted.
  const flowRef = useRef(flowNow);
  useEffect(() => {
    flowRef.current = flowNow;
  }, [flowNow]);
  useEffect(() => {
    const exportSteps = async (format: 'png' | 'pdf', options?: ImageExportOptions) => {
      const { exportSteps: run } = await import('./stepExport');
      await run(() => flowRef.current, () => flowStore.getState().domNode, format, options);
    };
    return provideServices({ exportSteps });
  }, [flowStore]);
}
