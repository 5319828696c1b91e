/**
 * Step 3: is this our format at all? Checked by the envelope tag before anything else, as
 * Excalidraw's loadFromBlob checks `type === "excalidraw"`. Files of tools people are likely to
 * confuse with ours get a message naming the tool, because "invalid file" alone sends users
 * looking for a bug (dxos/dxos#6179).
 */
import { msg, type Message } from '../i18n/message';
import { FORMAT_NAME, FORMAT_VERSION } from '../model/types';
import { fail, sourceNoun, type ImportError, type ImportSource } from './types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function has(value: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

/** Quote a value from the file without letting a megabyte string into the message. */
function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(short);
}

function foreignTool(doc: Record<string, unknown>): Message | null {
  if (doc.type === 'excalidraw') return msg('io.tool.excalidraw');
  if (doc.type === 'excalidrawlib') return msg('io.tool.excalidrawLib');
  if (has(doc, 'tldrawFileFormatVersion')) return msg('io.tool.tldraw');
  if (Array.isArray(doc.nodes) && Array.isArray(doc.edges)) {
    return msg(has(doc, 'viewport') ? 'io.tool.reactFlow' : 'io.tool.graph');
  }
  if (isRecord(doc.elements) || (Array.isArray(doc.elements) && has(doc, 'style'))) return msg('io.tool.cytoscape');
  if (typeof doc.$schema === 'string') return msg('io.tool.jsonSchema');
  return null;
}

function describeNonObject(value: unknown): Message {
  if (Array.isArray(value)) return msg('io.root.list');
  if (value === null) return msg('io.root.null');
  if (typeof value === 'string') return msg('io.root.text');
  if (typeof value === 'number') return msg('io.root.number');
  if (typeof value === 'boolean') return msg('io.root.boolean');
  return msg('io.root.other');
}

export function checkFormat(value: unknown, source?: ImportSource): ImportError | null {
  const noun = sourceNoun(source);
  const format = FORMAT_NAME;
  if (!isRecord(value)) {
    return fail('not-theory-model', msg('io.format.notObject', { source: noun, what: describeNonObject(value), format })).error;
  }
  if (value.format === FORMAT_NAME) return null;
  if (typeof value.format === 'string') {
    return fail('not-theory-model', msg('io.format.other', { source: noun, found: quote(value.format), format })).error;
  }
  // Our own file with the tag deleted also has `nodes` and `edges` arrays; its `vocabulary` (or
  // `meta` + `version`) says it is ours, so it must be told to add the tag, not be called another
  // tool's graph (issue 17, defect 7). Checked before the foreign tools for that reason.
  const ours = has(value, 'vocabulary') || (has(value, 'meta') && has(value, 'version'));
  const tool = ours ? null : foreignTool(value);
  if (tool) {
    return fail('not-theory-model', msg('io.format.foreign', { source: noun, tool, format })).error;
  }
  if (ours || has(value, 'meta')) {
    return fail('not-theory-model', msg('io.format.untagged', { source: noun, format, version: FORMAT_VERSION })).error;
  }
  return fail('not-theory-model', msg('io.format.unknown', { source: noun, format })).error;
}
