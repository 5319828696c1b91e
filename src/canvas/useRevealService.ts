import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { provideServices } from '../commands/services';

/**
 * The `reveal` service (issue 6): a problem or a search hit that is clicked is framed on the
 * canvas, not zoomed in past reading size. React Flow resolves nodes inside groups itself.
 */
export function useRevealService() {
  const { fitView } = useReactFlow();
  useEffect(
    () =>
      provideServices({
        reveal: (ids) => {
          if (ids.length > 0) void fitView({ nodes: ids.map((id) => ({ id })), padding: 0.6, maxZoom: 1.1, duration: 250 });
        },
      }),
    [fitView],
  );
}
