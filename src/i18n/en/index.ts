import { enLater } from './later';
import { enStartup } from './startup';

/**
 * Every English UI string: the start-up part (`startup.ts`, one file per area beside this one)
 * and the later part (`later/`, issue 15). A new area adds its file and one spread in
 * `startup.ts` (and the same in `zh/`); strings only lazily loaded UI shows go to `later/`.
 */
export const en = { ...enStartup, ...enLater } as const;
