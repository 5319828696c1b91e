import type { en } from '../en';
import { zhLater } from './later';
import { zhStartup } from './startup';

/** Every Chinese UI string: the start-up and the later part, as in `en/index.ts`. */
export const zh: Record<keyof typeof en, string> = { ...zhStartup, ...zhLater };
