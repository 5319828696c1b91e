/**
 * What the text notation describes (docs/text-notation.md): the model's nodes, groups and edges —
 * ids, kinds, labels, relation types, edge labels and which group holds what. Everything else of a
 * model (positions, sizes, translations, descriptions, the vocabulary itself) is not in the text;
 * applying a text (apply.ts) keeps it for every id that survives.
 */

export type TextNode = {
  id: string;
  /** A vocabulary kind id (resolved from the id or a label in any language), or `group`. */
  kind: string;
  /** The label in the model's original language; the id when the text gives none. */
  label: string;
  /** The group whose block the node is written in. */
  parent?: string;
  /** 0-based line of the declaration. */
  line: number;
};

export type TextEdge = {
  id: string;
  source: string;
  target: string;
  /** A relation type id: the one written, or the vocabulary's default for the two kinds. */
  relation: string;
  label?: string;
  line: number;
};

/** A parsed text: nodes in the order written (groups before their contents), edges in order. */
export type TextDoc = { nodes: TextNode[]; edges: TextEdge[] };

export type TextErrorCode =
  | 'unclosed-string'
  | 'unexpected'
  | 'expected-name'
  | 'expected-colon'
  | 'missing-kind'
  | 'missing-target'
  | 'missing-relation'
  | 'chain'
  | 'unknown-kind'
  | 'unknown-node'
  | 'unknown-relation'
  | 'no-relation'
  | 'duplicate-node'
  | 'duplicate-edge'
  | 'not-a-group'
  | 'unclosed-group'
  | 'unmatched-close';

/**
 * A problem in the text. `line` and `column` are 1-based (as editors show them); `from`/`to` are
 * offsets in the text, for a marker. `params` fill the UI's translated message; `message` is a
 * plain English fallback.
 */
export type TextError = {
  code: TextErrorCode;
  line: number;
  column: number;
  from: number;
  to: number;
  params: Record<string, string>;
  message: string;
};

export type ParseResult = { ok: true; doc: TextDoc } | { ok: false; errors: TextError[] };
