/**
 * Plain English fallbacks of the text errors. The app shows the UI language's version of each
 * (i18n `textView.error.<code>`, same parameters); these are for tests, logs and other callers.
 */
import type { TextErrorCode } from './types';

const MESSAGES: Record<TextErrorCode, string> = {
  'unclosed-string': 'This quote is never closed.',
  unexpected: 'Unexpected “{text}” here.',
  'expected-name': 'A line starts with an id, but this is “{text}”.',
  'expected-colon': 'Expected “:” (a node: id: kind "label") or “->” (an edge), not “{text}”.',
  'missing-kind': 'Node “{id}” needs a kind after “:”.',
  'missing-target': 'An edge needs a target after “->”.',
  'missing-relation': 'A relation type is missing after “:”.',
  chain: 'One edge per line: write a -> b and b -> c on two lines.',
  'unknown-kind': 'No kind is called “{name}”. Kinds: {known}.',
  'unknown-node': 'No node has the id “{id}”.',
  'unknown-relation': 'No relation type is called “{name}”. Relation types: {known}.',
  'no-relation': 'No relation type connects {from} to {to}; name one after “:”.',
  'duplicate-node': 'The id “{id}” is already used by the node on line {line}.',
  'duplicate-edge': 'The edge id “{id}” is already used on line {line}.',
  'not-a-group': 'Only a group can contain nodes; “{id}” is a {kind}.',
  'unclosed-group': 'The block of group “{id}” is never closed with “}”.',
  'unmatched-close': 'This “}” closes no group.',
};

export function englishMessage(code: TextErrorCode, params: Record<string, string>): string {
  return MESSAGES[code].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? params[name] : whole));
}
