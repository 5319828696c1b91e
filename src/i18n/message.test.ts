import { describe, expect, it } from 'vitest';
import { messagesLater as enMessagesLater } from './en/later/messages';
import { messages as enMessages } from './en/messages';
import { formatMessage, inEnglish, isMessage, msg, rawText, type MessageCode } from './message';
import { MESSAGE_PARAMS } from './messageParams';
import { en, zh } from './strings';
import { translator } from './translate';

/** Placeholder names of a template: `{name}` and the argument of `{name, plural, …}`, not plural branches. */
function placeholders(template: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < template.length; i++) {
    if (template[i] === '{') {
      if (depth === 0) {
        const m = /^\{(\w+)(?:\}|, plural,)/.exec(template.slice(i));
        if (m) names.add(m[1]);
      }
      depth++;
    } else if (template[i] === '}') depth--;
  }
  return [...names].sort();
}

const codes = Object.keys(MESSAGE_PARAMS) as MessageCode[];

describe('message codes', () => {
  it('has a string for every code in both languages, none empty', () => {
    for (const code of codes) {
      expect(en[code], code).toBeTruthy();
      expect(zh[code], code).toBeTruthy();
    }
    // The start-up part and the later part (issue 15) together hold every code, each once.
    expect([...Object.keys(enMessages), ...Object.keys(enMessagesLater)].sort()).toEqual([...codes].sort());
  });

  it('uses exactly the declared parameters, in English and in Chinese', () => {
    for (const code of codes) {
      const declared = [...MESSAGE_PARAMS[code]].sort();
      expect(placeholders(en[code]), `en ${code}`).toEqual(declared);
      expect(placeholders(zh[code]), `zh ${code}`).toEqual(declared);
    }
  });

  it('gives every other UI string the same placeholders in both languages', () => {
    const differ = (Object.keys(en) as (keyof typeof en)[]).filter((key) => placeholders(en[key]).join() !== placeholders(zh[key]).join());
    expect(differ).toEqual([]);
  });
});

describe('formatMessage', () => {
  const source = msg('source.paste');
  it('translates nested messages first, in the language of t', () => {
    const m = msg('io.empty', { source });
    expect(formatMessage(translator('en'), m)).toBe('The pasted text is empty.');
    expect(formatMessage(translator('zh'), m)).toBe('粘贴的文本是空的。');
  });
  it('chooses plural forms by Intl.PluralRules', () => {
    expect(inEnglish(msg('io.issue.more', { count: 1 }))).toBe('…and 1 more problem.');
    expect(inEnglish(msg('io.issue.more', { count: 2 }))).toBe('…and 2 more problems.');
    expect(inEnglish(msg('repair.unknownField', { pattern: 'viewport', count: 1 }))).toBe('Ignored the unknown field viewport; it is not part of the format.');
    expect(inEnglish(msg('repair.unknownField', { pattern: 'nodes[].x', count: 3 }))).toContain('nodes[].x (3 places);');
    expect(formatMessage(translator('zh'), msg('repair.unknownField', { pattern: 'nodes[].x', count: 3 }))).toBe('已忽略未知字段 nodes[].x（3 处）；它不属于本格式。');
    expect(formatMessage(translator('zh'), msg('repair.unknownField', { pattern: 'viewport', count: 1 }))).toBe('已忽略未知字段 viewport；它不属于本格式。');
  });
  it('shows foreign text as written, markup and all, as text', () => {
    expect(formatMessage(translator('zh'), rawText('<b>Unexpected token</b> {x}'))).toBe('<b>Unexpected token</b> {x}');
  });
  it('stops at a cyclic message instead of hanging', () => {
    const loop = { code: 'io.empty', params: {} } as { code: 'io.empty'; params: { source: unknown } };
    loop.params.source = loop;
    expect(inEnglish(loop as never)).toContain('…');
  });
  it('recognises messages', () => {
    expect(isMessage(msg('source.file'))).toBe(true);
    expect(isMessage({ code: 'nope', params: {} })).toBe(false);
    expect(isMessage('This file')).toBe(false);
  });
});
