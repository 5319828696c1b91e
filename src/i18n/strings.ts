/**
 * Every UI string, in English and Chinese, one file per language and area (`en/`, `zh/`).
 * Components never hold literal UI text; they call `t(key)`. Diagram text (labels) is data and is
 * localized by model/language.ts instead. Each zh area file is typed by its en twin, so a missing
 * translation does not compile.
 *
 * Importing this module loads BOTH tables and registers them with translate.ts: it is for tests,
 * scripts and checks. The app imports `languages.ts` (keys, language list) and loads the active
 * language's table with `loadStrings` (docs/decisions.md "First load").
 */
import { en } from './en';
import { zh } from './zh';
import { registerStrings } from './translate';

registerStrings('en', en);
registerStrings('zh', zh);

export { en, zh };
export { UI_LANGUAGES, type StringKey, type UiLanguage } from './languages';
