/**
 * Canvas → text, in place: `update(text, doc)` rewrites only what the edit on the canvas changed, so
 * the user's comments, blank lines, line order and way of writing survive. A line whose element is
 * unchanged is kept byte for byte (also when it names a kind by its Chinese label); a changed element's
 * line is rewritten (its indentation and trailing comment kept); a removed element's line goes; a new
 * element is added after the last of its sort (nodes in their group's block); a node that changed
 * group moves, with its block. Moving a node changes nothing: positions are not in the text.
 *
 * Returns the new text and the changes as `{ from, to, insert }` in the old text's offsets, for an
 * editor to apply as one transaction (so the cursor is mapped, not reset).
 */
import type { ModelEdge, ModelNode, TheoryModel } from '../../model/types';
import { lexLine } from './lexer';
import { analyse, type Analysis } from './parse';
import { edgeStatement, INDENT, nodeStatement } from './print';
import { diffLines, type TextChange } from './diff';

export type { TextChange } from './diff';

type LineItem = { type: 'line'; text: string; decl?: { type: 'node' | 'edge'; id: string }; fresh?: boolean };
type Block = { type: 'block'; group: string; open: LineItem; children: Item[]; close: LineItem };
type Item = LineItem | Block;

const indentOf = (s: string) => /^[ \t\u3000]*/.exec(s)?.[0] ?? '';

/** The original line with its statement replaced (its indentation and comment kept). */
function rewrite(line: string, statementEnd: number, statement: string): string {
  return indentOf(line) + statement + line.slice(statementEnd);
}

function buildTree(a: Analysis): Item[] {
  const root: Item[] = [];
  const stack: { block: Block; closeAt: number }[] = [];
  for (const line of a.lines) {
    while (stack.length > 0 && line.index > stack[stack.length - 1].closeAt) stack.pop();
    const container = stack.length > 0 ? stack[stack.length - 1].block.children : root;
    const decl = a.declares.get(line.index);
    const item: LineItem = { type: 'line', text: line.text, ...(decl ? { decl } : {}) };
    const closeAt = a.blocks.get(line.index);
    if (closeAt !== undefined && line.statement?.type === 'node') {
      const block: Block = { type: 'block', group: line.statement.id.value, open: item, children: [], close: { type: 'line', text: '' } };
      container.push(block);
      stack.push({ block, closeAt });
      continue;
    }
    const top = stack[stack.length - 1];
    if (top && line.index === top.closeAt) {
      top.block.close = item;
      stack.pop();
      continue;
    }
    container.push(item);
  }
  return root;
}

function serialize(items: Item[], out: string[]): string[] {
  for (const item of items) {
    if (item.type === 'line') out.push(item.text);
    else {
      out.push(item.open.text);
      serialize(item.children, out);
      // A block left open at the end of the text has no closing line: none is invented.
      if (item.close.text !== '' || item.close.fresh) out.push(item.close.text);
    }
  }
  return out;
}

/** Re-indents an item moved to `depth` (its lines keep their indentation relative to its first). */
function reindent(item: Item, depth: number): void {
  const lines: LineItem[] = [];
  const collect = (i: Item) => {
    if (i.type === 'line') lines.push(i);
    else {
      lines.push(i.open);
      i.children.forEach(collect);
      lines.push(i.close);
    }
  };
  collect(item);
  const first = indentOf(lines[0].text).length;
  for (const l of lines) {
    const own = indentOf(l.text);
    l.text = INDENT.repeat(depth) + ' '.repeat(Math.max(0, own.length - first)) + l.text.slice(own.length);
  }
}

export function update(text: string, doc: TheoryModel): { text: string; changes: TextChange[] } {
  const a = analyse(text, doc.vocabulary);
  const root = buildTree(a);
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const edges = new Map(doc.edges.map((e) => [e.id, e]));
  const textNodes = new Map(a.doc.nodes.map((n) => [n.id, n]));
  const textEdges = new Map(a.doc.edges.map((e) => [e.id, e]));
  const lineEnd = (item: LineItem) => lexEnd(item.text);
  // Ids written on lines that do not parse: the user is still typing them, so they are not added again.
  const undeclared = a.lines.filter((l) => (l.error || l.statement) && l.statement?.type !== 'close' && !a.declares.has(l.index));
  const mentioned = new Set(undeclared.flatMap((l) => lexLine(l.text).tokens.map((t) => t.value)));

  // 1. Remove what the model no longer has; rewrite what changed.
  const prune = (items: Item[]): Item[] =>
    items.flatMap((item): Item[] => {
      if (item.type === 'block') {
        item.children = prune(item.children);
        const id = item.open.decl?.id;
        if (id !== undefined && !nodes.has(id)) return item.children; // the box goes, its contents stay
        if (id !== undefined) touchNode(item.open, nodes.get(id) as ModelNode, true);
        return [item];
      }
      const decl = item.decl;
      if (!decl) return [item];
      if (decl.type === 'node') {
        const node = nodes.get(decl.id);
        if (!node) return [];
        touchNode(item, node, false);
        return [item];
      }
      const edge = edges.get(decl.id);
      if (!edge) return [];
      const t = textEdges.get(decl.id);
      if (t && (t.source !== edge.source || t.target !== edge.target || t.relation !== edge.relation || t.label !== edge.label)) item.text = rewrite(item.text, lineEnd(item), edgeStatement(edge));
      return [item];
    });
  function touchNode(item: LineItem, node: ModelNode, opens: boolean) {
    const t = textNodes.get(node.id);
    if (t && (t.kind !== node.kind || t.label !== node.label)) item.text = rewrite(item.text, lineEnd(item), nodeStatement(node, opens));
  }
  let tree = prune(root);

  // Where each declared node is now: its container and the group that container belongs to.
  const locate = (id: string, items: Item[] = tree, group?: string, depth = 0): { items: Item[]; index: number; group?: string; depth: number } | undefined => {
    for (const [index, item] of items.entries()) {
      const decl = item.type === 'line' ? item.decl : item.open.decl;
      if (decl?.type === 'node' && decl.id === id) return { items, index, group, depth };
      if (item.type === 'block') {
        const found = locate(id, item.children, item.group, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  };
  /** The list new members of `group` go in (a group written as one line becomes a block), and its depth. */
  const containerOf = (group: string | undefined): { items: Item[]; depth: number } => {
    if (group === undefined) return { items: tree, depth: 0 };
    const at = locate(group);
    if (!at) return { items: tree, depth: 0 };
    const item = at.items[at.index];
    if (item.type === 'block') return { items: item.children, depth: at.depth + 1 };
    const node = nodes.get(group) as ModelNode;
    const pad = indentOf(item.text);
    const open: LineItem = { ...item, text: rewrite(item.text, lineEnd(item), nodeStatement(node, true)) };
    const block: Block = { type: 'block', group, open, children: [], close: { type: 'line', text: `${pad}}`, fresh: true } };
    at.items[at.index] = block;
    return { items: block.children, depth: at.depth + 1 };
  };
  const isNodeItem = (i: Item) => i.type === 'block' || i.decl?.type === 'node';
  const insertNode = (items: Item[], item: Item) => {
    const last = items.findLastIndex(isNodeItem);
    if (last >= 0) items.splice(last + 1, 0, item);
    else if (items === tree) items.splice(Math.max(0, leadingComments(items)), 0, item);
    else items.unshift(item);
  };

  // 2. New nodes (parents first, so a new group's block exists before its members go in).
  for (const node of doc.nodes) {
    if (textNodes.has(node.id) || locate(node.id) || mentioned.has(node.id)) continue;
    const { items, depth } = containerOf(node.parent);
    insertNode(items, { type: 'line', text: INDENT.repeat(depth) + nodeStatement(node), decl: { type: 'node', id: node.id }, fresh: true });
  }

  // 3. Nodes that changed group move, with their block.
  for (const node of doc.nodes) {
    const at = locate(node.id);
    if (!at || at.group === node.parent) continue;
    if (node.parent !== undefined && !nodes.has(node.parent)) continue;
    const [item] = at.items.splice(at.index, 1);
    const { items, depth } = containerOf(node.parent);
    reindent(item, depth);
    insertNode(items, item);
  }

  // 4. New edges, after the last edge line (or at the end).
  const edgeItems: { items: Item[]; index: number }[] = [];
  const findEdges = (items: Item[]) => items.forEach((i, index) => (i.type === 'block' ? findEdges(i.children) : i.decl?.type === 'edge' && edgeItems.push({ items, index })));
  for (const edge of doc.edges) {
    if (textEdges.has(edge.id) || (mentioned.has(edge.source) && mentioned.has(edge.target))) continue;
    edgeItems.length = 0;
    findEdges(tree);
    const item: LineItem = { type: 'line', text: edgeStatement(edge as ModelEdge), decl: { type: 'edge', id: edge.id }, fresh: true };
    const last = edgeItems[edgeItems.length - 1];
    if (last) {
      item.text = indentOf((last.items[last.index] as LineItem).text) + item.text;
      last.items.splice(last.index + 1, 0, item);
    } else {
      const end = trailingBlank(tree);
      const gap: LineItem[] = tree.slice(0, end).some(isNodeItem) && !isBlank(tree[end - 1]) ? [{ type: 'line', text: '' }] : [];
      tree.splice(end, 0, ...gap, item);
    }
  }

  tree = tree.length > 0 ? tree : [{ type: 'line', text: '' }];
  const next = serialize(tree, []).join('\n');
  return { text: next, changes: diffLines(text, next) };
}

function lexEnd(text: string): number {
  const tokens = lexLine(text).tokens;
  return tokens.length > 0 ? tokens[tokens.length - 1].to : indentOf(text).length;
}

const isBlank = (i: Item | undefined) => i !== undefined && i.type === 'line' && i.text.trim() === '';

/** Index after the comments and blank lines that open the text (the header `print` writes). */
function leadingComments(items: Item[]): number {
  let i = 0;
  for (; i < items.length; i++) {
    const item = items[i];
    if (item.type !== 'line' || item.decl) break;
    const t = item.text.trim();
    if (t !== '' && !t.startsWith('#') && !t.startsWith('//')) break;
  }
  return i;
}

/** Index of the final empty line that the text's closing line break leaves, or the end. */
function trailingBlank(items: Item[]): number {
  const last = items[items.length - 1];
  return last && last.type === 'line' && last.text === '' ? items.length - 1 : items.length;
}
