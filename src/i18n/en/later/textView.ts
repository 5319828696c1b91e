/**
 * English UI strings of the `textView` area that nothing shows before the first render (issue 15):
 * loaded after it, and before any lazily loaded panel or dialog renders (i18n/translate.ts).
 */
export const textViewLater = {
  'textView.editorLabel': 'Model as text',
  'textView.ok': 'The canvas follows the text.',
  'textView.problems': '{count, plural, one {# problem} other {# problems}} — the canvas keeps the last good model.',
  'textView.refused': 'The canvas could not take this text: {message}',
  'textView.hint': 'id: kind "label"  ·  a -> b : relation "label"  ·  g: group "title" { … }  ·  # comment',
  'textView.error.unclosed-string': 'This quote is never closed.',
  'textView.error.unexpected': 'Unexpected “{text}” here.',
  'textView.error.expected-name': 'A line starts with an id, but this is “{text}”.',
  'textView.error.expected-colon': 'Expected “:” (a node: id: kind "label") or “->” (an edge), not “{text}”.',
  'textView.error.missing-kind': 'Node “{id}” needs a kind after “:”.',
  'textView.error.missing-target': 'An edge needs a target after “->”.',
  'textView.error.missing-relation': 'A relation type is missing after “:”.',
  'textView.error.chain': 'One edge per line: write a -> b and b -> c on two lines.',
  'textView.error.unknown-kind': 'No kind is called “{name}”. Kinds: {known}.',
  'textView.error.unknown-node': 'No node has the id “{id}”.',
  'textView.error.unknown-relation': 'No relation type is called “{name}”. Relation types: {known}.',
  'textView.error.no-relation': 'No relation type connects {from} to {to}; name one after “:”.',
  'textView.error.duplicate-node': 'The id “{id}” is already used by the node on line {line}.',
  'textView.error.duplicate-edge': 'The edge id “{id}” is already used on line {line}.',
  'textView.error.not-a-group': 'Only a group can contain nodes; “{id}” is a {kind}.',
  'textView.error.unclosed-group': 'The block of group “{id}” is never closed with “}”.',
  'textView.error.unmatched-close': 'This “}” closes no group.',
} as const;
