import { core } from './core';
import { inspector } from './inspector';
import { layoutIO } from './layoutIO';
import { templates } from './templates';
import { figure } from './figure';
import { messages } from './messages';
import { live } from './live';
import { textView } from './textView';
import { interop } from './interop';
import { present } from './present';
import { presentMode } from './presentMode';
import { desktop } from './desktop';
import { libraryPanel } from './libraryPanel';
import { keys } from './keys';

/**
 * Every English UI string. One file per area beside this one; a new area adds its file and one
 * spread here (and the same in `zh/index.ts`).
 */
export const en = {
  ...core,
  ...inspector,
  ...layoutIO,
  ...templates,
  ...figure,
  ...messages,
  ...live,
  ...textView,
  ...interop,
  ...present,
  ...presentMode,
  ...desktop,
  ...libraryPanel,
  ...keys,
} as const;
