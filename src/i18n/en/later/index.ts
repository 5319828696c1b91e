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

/**
 * The English strings nothing shows before the first render (issue 15): loaded after it, and
 * before any lazily loaded panel, dialog or inspector renders. Which keys may be here is checked
 * by every build (scripts/startupStrings.ts).
 */
export const enLater = {
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
} as const;
