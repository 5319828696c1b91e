/**
 * Tests of io/ read its messages in English, as a user of the English UI would: a message is a code
 * with parameters (i18n/message.ts), and these helpers turn refusals and notes into text.
 */
import { inEnglish } from '../../i18n/message';
import type { ImportError, RepairNote } from '../types';

export type EnglishError = Omit<ImportError, 'message' | 'details'> & { message: string; details?: string[] };

export function englishError(error: ImportError): EnglishError {
  const { message, details, ...rest } = error;
  return { ...rest, message: inEnglish(message), ...(details ? { details: details.map(inEnglish) } : {}) };
}

export function englishNotes(notes: readonly RepairNote[]): (Omit<RepairNote, 'message'> & { message: string })[] {
  return notes.map((note) => ({ ...note, message: inEnglish(note.message) }));
}
