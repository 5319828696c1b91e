import type { enStartup } from '../en/startup';
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

/** 中文: the strings shown before the first render, area by area as in `en/startup.ts`. */
export const zhStartup: Record<keyof typeof enStartup, string> = {
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
};
