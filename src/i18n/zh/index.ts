import type { en } from '../en';
import { core } from './core';
import { present } from './present';

/** Every Chinese UI string, area by area as in `en/index.ts`. */
export const zh: Record<keyof typeof en, string> = {
  ...core,
  ...present,
};
