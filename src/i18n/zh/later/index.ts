import type { enLater } from '../../en/later';
import { coreLater } from './core';
import { inspectorLater } from './inspector';
import { layoutIOLater } from './layoutIO';
import { templatesLater } from './templates';
import { figureLater } from './figure';
import { liveLater } from './live';
import { textViewLater } from './textView';
import { interopLater } from './interop';
import { presentLater } from './present';
import { presentModeLater } from './presentMode';
import { desktopLater } from './desktop';
import { libraryPanelLater } from './libraryPanel';
import { keysLater } from './keys';
import { messagesLater } from './messages';

/** 中文: the strings nothing shows before the first render, as in `en/later/index.ts` (issue 15). */
export const zhLater: Record<keyof typeof enLater, string> = {
  ...coreLater,
  ...inspectorLater,
  ...layoutIOLater,
  ...templatesLater,
  ...figureLater,
  ...liveLater,
  ...textViewLater,
  ...interopLater,
  ...presentLater,
  ...presentModeLater,
  ...desktopLater,
  ...libraryPanelLater,
  ...keysLater,
  ...messagesLater,
};
