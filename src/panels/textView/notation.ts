/**
 * Highlighting of the text notation (docs/text-notation.md) for CodeMirror: comments, quoted labels,
 * arrows, colons, braces, and the id a line declares. A StreamLanguage is enough for a line-based
 * notation and far smaller than a Lezer grammar; errors come from the real parser (io/text), not from here.
 */
import { StreamLanguage } from '@codemirror/language';

const WORD = /^(?:[^\s:："“”「」{}#\-→/]|-(?!>)|\/(?!\/))+/;

export const notationLanguage = StreamLanguage.define<Record<string, never>>({
  name: 'theory-model-text',
  startState: () => ({}),
  token(stream) {
    if (stream.eatSpace()) return null;
    if (stream.match('#') || stream.match('//')) {
      stream.skipToEnd();
      return 'comment';
    }
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/) || stream.match(/^“[^”]*”?/) || stream.match(/^「[^」]*」?/)) return 'string';
    if (stream.match('->') || stream.match('→')) return 'operator';
    if (stream.match(/^[:：]/)) return 'punctuation';
    if (stream.match(/^[{}]/)) return 'brace';
    const first = stream.column() === stream.indentation();
    if (!stream.match(WORD)) stream.next();
    return first ? 'definition' : 'typeName';
  },
  languageData: { commentTokens: { line: '#' } },
});
