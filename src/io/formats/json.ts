/**
 * The editor's own format, the registry's first entry. Reading hands the text on untouched:
 * importModel parses it itself, with its own messages (not JSON, newer version, …).
 */
import { serializeModel } from '../serialize';
import type { FormatModule } from './types';

export const read: NonNullable<FormatModule['read']> = (inputs) => ({ ok: true, doc: inputs[0]?.text ?? '', notes: [] });

export const write: NonNullable<FormatModule['write']> = (doc) => ({ text: serializeModel(doc) });
