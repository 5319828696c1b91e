import { core } from './core';
import { desktop } from './desktop';

/**
 * Every English UI string. One file per area beside this one; a new area adds its file and one
 * spread here (and the same in `zh/index.ts`).
 */
export const en = {
  ...core,
  ...desktop,
} as const;
