import { act } from '@testing-library/react';
import { loadLaterParts } from '../../store/laterParts';

/**
 * For component tests: lets the lazily loaded parts just rendered arrive (issue 15, first load) —
 * their modules load and React renders them in place of the empty fallback.
 */
export async function lazyPartsLoaded(): Promise<void> {
  await act(async () => {
    await loadLaterParts();
  });
}
