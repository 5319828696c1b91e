/**
 * The UI languages and the string keys, without the strings themselves: the app loads only the
 * active language's table (translate.ts `loadStrings`, issue 15), so nothing on the start-up path
 * may import `en/` or `zh/` by value. Types are free: `StringKey` is the keys of the English table.
 */
import type { en } from './en';

export type StringKey = keyof typeof en;

export const UI_LANGUAGES = ['en', 'zh'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
