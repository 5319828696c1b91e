/**
 * THE list of file formats (issue 11 item 5). Import, export, file drop and paste are all built
 * from it: the file chooser's `accept`, the "Export as…" dialog, and the choice of reader for a
 * dropped or pasted input. To add a format, add one entry here whose `load` imports its module
 * (docs/architecture.md, "A file format"). Image exports (PNG, SVG, PDF) are not here: they need
 * the rendered canvas and live in `io/export/` behind their own dialog.
 */
import { afterStrings } from '../../i18n/translate';
import type { FormatEntry } from './types';

const startsWith = (pattern: RegExp) => (head: string) => pattern.test(head.replace(/^\uFEFF/, ''));

export const FORMATS: readonly FormatEntry[] = [
  {
    id: 'json',
    name: 'JSON',
    extensions: ['.json'],
    mime: 'application/json',
    sniff: startsWith(/^\s*\{[\s\S]*"format"\s*:\s*"theory-model"/),
    canRead: true,
    canWrite: true,
    load: () => afterStrings(() => import('./json')),
  },
  {
    id: 'csv',
    name: 'CSV',
    extensions: ['.csv', '.tsv'],
    mime: 'text/csv',
    canRead: true,
    canWrite: true,
    load: () => afterStrings(() => import('./csv')),
  },
  {
    id: 'xlsx',
    name: 'Excel',
    extensions: ['.xlsx'],
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    binary: true,
    canRead: true,
    canWrite: true,
    load: () => afterStrings(() => import('./xlsx')),
  },
  {
    id: 'dot',
    name: 'Graphviz DOT',
    extensions: ['.dot', '.gv'],
    mime: 'text/vnd.graphviz',
    // `graph {` / `digraph name {`; Mermaid's `graph TD` has no brace on its first line.
    sniff: startsWith(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/|#[^\n]*\n)*(strict\s+)?(di)?graph(\s+("[^"]*"|[\w.]+))?\s*\{/i),
    canRead: true,
    canWrite: true,
    load: () => afterStrings(() => import('./dot')),
  },
  {
    id: 'mermaid',
    name: 'Mermaid',
    extensions: ['.mmd', '.mermaid'],
    mime: 'text/vnd.mermaid',
    sniff: startsWith(/^(\s|%%[^\n]*\n|---[\s\S]*?---)*(flowchart|graph)(\s+(TB|TD|BT|RL|LR))?\s*(;|\n|$)/),
    canRead: true,
    canWrite: true,
    load: () => afterStrings(() => import('./mermaid')),
  },
  {
    id: 'graphml',
    name: 'GraphML',
    extensions: ['.graphml'],
    mime: 'application/graphml+xml',
    sniff: (head) => /<graphml[\s>]/.test(head),
    canRead: true,
    canWrite: true,
    load: () => afterStrings(() => import('./graphml')),
  },
  {
    id: 'drawio',
    name: 'draw.io',
    extensions: ['.drawio', '.dio'],
    mime: 'application/vnd.jgraph.mxfile',
    sniff: (head) => /<(mxfile|mxGraphModel)[\s>]/.test(head),
    canRead: true,
    canWrite: false,
    load: () => afterStrings(() => import('./drawio')),
  },
  {
    id: 'cytoscape',
    name: 'Cytoscape.js JSON',
    extensions: ['.cyjs'],
    mime: 'application/json',
    sniff: startsWith(/^\s*\{[\s\S]*"elements"\s*:/),
    canRead: true,
    canWrite: true,
    load: () => afterStrings(() => import('./cytoscape')),
  },
  {
    id: 'dagitty',
    name: 'DAGitty',
    extensions: ['.dagitty'],
    mime: 'text/plain',
    sniff: startsWith(/^(\s|#[^\n]*\n)*(dag|pdag|mag|pag)\s*\{/),
    canRead: true,
    canWrite: true,
    load: () => afterStrings(() => import('./dagitty')),
  },
  {
    // The text view's notation (docs/text-notation.md). No content test: any line-based text
    // could look like it, so only the extension picks it.
    id: 'text',
    name: 'Text notation',
    extensions: ['.tmtext'],
    mime: 'text/plain',
    canRead: true,
    canWrite: true,
    load: () => afterStrings(() => import('./notation')),
  },
];

export const formatById = (id: string): FormatEntry | undefined => FORMATS.find((f) => f.id === id);

/** Extensions that say little about the content: the content decides. */
const VAGUE = new Set(['.json', '.xml', '.txt', '']);

export const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
};

/**
 * The format of an input, by its file name and its first few KB. A specific extension (`.dot`)
 * wins; a vague one (`.json`, `.xml`, `.txt`, none) lets the content decide, then the extension.
 * Returns undefined when nothing fits.
 */
export function pickFormat(name: string, head: string, formats: readonly FormatEntry[] = FORMATS): FormatEntry | undefined {
  const ext = extensionOf(name);
  const byExt = formats.filter((f) => f.extensions.includes(ext));
  if (byExt.length === 1 && !VAGUE.has(ext)) return byExt[0];
  const sniffed = formats.find((f) => f.canRead && !f.binary && f.sniff?.(head.slice(0, 4096)));
  return sniffed ?? byExt[0];
}

/** A pasted text in another tool's format (DOT, Mermaid, …), which opens like an imported file; not our own JSON. */
export function foreignFormatOf(text: string): FormatEntry | undefined {
  const f = pickFormat('', text.slice(0, 4096));
  return f && f.id !== 'json' ? f : undefined;
}

/** The file chooser's `accept` for every readable format. */
export const importAccept = (formats: readonly FormatEntry[] = FORMATS): string =>
  [...new Set(formats.filter((f) => f.canRead).flatMap((f) => [...f.extensions, f.mime]))].join(',');

export const writers = (formats: readonly FormatEntry[] = FORMATS): FormatEntry[] => formats.filter((f) => f.canWrite);
