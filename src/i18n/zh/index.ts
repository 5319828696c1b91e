import type { en } from '../en';
import { core } from './core';
import { desktop } from './desktop';

/** Every Chinese UI string, area by area as in `en/index.ts`. */
export const zh: Record<keyof typeof en, string> = {
  ...core,
  ...desktop,
};
