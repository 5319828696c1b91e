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
 * The English strings shown before the first render, loaded before it (i18n/translate.ts): one
 * file per area beside this one. What nothing shows at start-up is in `later/` (issue 15).
 */
export const enStartup = {
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
