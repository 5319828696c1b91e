import { Suspense, useEffect, useState } from 'react';
import { lazyPart } from '../../canvas/lazyPart';
import { provideServices } from '../../commands/services';
import type { ColumnRequest } from '../../commands/types';
import type { ColumnMapping } from '../../io/formats/types';

const ColumnMappingDialog = lazyPart(() => import('./ColumnMappingDialog'), 'ColumnMappingDialog', { preload: false });

type Pending = { request: ColumnRequest; resolve: (mapping: ColumnMapping | null) => void };

/**
 * Provides the `askColumns` service: a CSV import whose headers are not recognised asks here,
 * and waits for the user's mapping (or a cancel). The pending question lives in this component's
 * state, not in a module variable; the dialog itself loads on first use.
 */
export function ColumnMappingHost() {
  const [pending, setPending] = useState<Pending | null>(null);
  useEffect(
    () =>
      provideServices({
        askColumns: (request) => new Promise<ColumnMapping | null>((resolve) => setPending({ request, resolve })),
      }),
    [],
  );
  if (!pending) return null;
  const answer = (mapping: ColumnMapping | null) => {
    setPending(null);
    pending.resolve(mapping);
  };
  return (
    <Suspense fallback={null}>
      <ColumnMappingDialog request={pending.request} onAnswer={answer} />
    </Suspense>
  );
}
