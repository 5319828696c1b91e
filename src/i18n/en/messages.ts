import type { MESSAGE_PARAMS } from '../messageParams';


/**
 * Messages of io/ and the store (codes in i18n/messageParams.ts). The wording is the one these
 * messages always had; plurals go through `{count, plural, …}` so "1 fields are" cannot happen.
 */
export const messages = {
  text: '{text}',
  'source.file': 'This file',
  'source.paste': 'The pasted text',
  'source.autosave': 'The saved draft',
  'source.link': 'The shared link',
  'source.library': 'The model in the library',

  'io.empty': '{source} is empty.',
  'io.cutOff': '{source} is cut off before its end — it may have been saved incompletely.',
  'io.notJson': '{source} is not valid JSON, so it cannot be a theory-model file.',
  'io.json.at': 'The JSON stops being valid at line {line}, column {column}.',
  'io.json.end': 'The text ends at line {line}, column {column}, before the JSON is complete.',
  'io.draft.notEnvelope': 'The saved draft is not in the draft format of this app (an envelope with "app": "{app}").',
  'io.example.unknown': 'Unknown example: {name}',
} as const satisfies Partial<Record<keyof typeof MESSAGE_PARAMS, string>>;
