/**
 * Messages as data: io/ and the store report a code with parameters, never a sentence, and the UI
 * turns it into text in the UI language when it shows it (`formatMessage`). So a Chinese user who
 * opens a bad file reads Chinese, and a notice re-reads in the other language after a switch.
 *
 * A parameter is a number, a piece of text from the data (an id, a path: shown as written) or
 * another message (the "This file" / "The pasted text" noun, the name of a value's type), which
 * is translated first. Every code and its parameter names are listed once in `MESSAGE_PARAMS`;
 * the English and Chinese tables are typed by that list, and a unit test checks that both use
 * exactly those placeholders.
 */
import { MESSAGE_PARAMS } from './messageParams';
import { translator, type TFunction } from './translate';

export type MessageCode = keyof typeof MESSAGE_PARAMS;
export type MessageArg = string | number | Message;
export type MessageParamsOf<K extends MessageCode> = { [P in (typeof MESSAGE_PARAMS)[K][number]]: MessageArg };

export type Message = { [K in MessageCode]: { code: K; params: MessageParamsOf<K> } }[MessageCode];

type ParamsArg<K extends MessageCode> = (typeof MESSAGE_PARAMS)[K] extends readonly [] ? [] : [MessageParamsOf<K>];

/** `msg('io.empty', { source: msg('source.paste') })`: a message whose parameters the compiler checks. */
export function msg<K extends MessageCode>(code: K, ...params: ParamsArg<K>): Message {
  return { code, params: params[0] ?? {} } as Message;
}

/** Foreign text shown as written (a parser's or the browser's own words, an exception message). */
export function rawText(text: string): Message {
  return msg('text', { text });
}

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    Object.prototype.hasOwnProperty.call(MESSAGE_PARAMS, (value as { code: string }).code)
  );
}

/** Nested messages are limited in depth, so a (buggy) cyclic message cannot hang the UI. */
const MAX_DEPTH = 8;

/** The message in the language of `t`; nested messages first. Plain text stays plain text. */
export function formatMessage(t: TFunction, message: Message, depth = 0): string {
  const words: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params as Record<string, MessageArg>)) {
    words[name] = typeof value === 'object' ? (depth < MAX_DEPTH ? formatMessage(t, value, depth + 1) : '…') : value;
  }
  return t(message.code, words);
}

/** A list of messages (an import report, a refusal's details) as lines of text. */
export function formatMessages(t: TFunction, messages: readonly Message[] | undefined): string[] {
  return (messages ?? []).map((m) => formatMessage(t, m));
}

/** English text of a message, for logs, thrown errors and tests; the UI uses `formatMessage` with its language. */
export function inEnglish(message: Message): string {
  return formatMessage(translator('en'), message);
}
