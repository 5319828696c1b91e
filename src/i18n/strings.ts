/**
 * Every UI string, in English and Chinese, one file per language and area (`en/`, `zh/`).
 * Components never hold literal UI text; they call `t(key)`. Diagram text (labels) is data and is
 * localized by model/language.ts instead. Each zh area file is typed by its en twin, so a missing
 * translation does not compile.
 */
import { en } from './en';
import { zh } from './zh';

export { en, zh };

export type StringKey = keyof typeof en;

export const UI_LANGUAGES = ['en', 'zh'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
