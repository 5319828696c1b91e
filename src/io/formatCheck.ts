/**
 * Step 3: is this our format at all? Checked by the envelope tag before anything else, as
 * Excalidraw's loadFromBlob checks `type === "excalidraw"`. Files of tools people are likely to
 * confuse with ours get a message naming the tool, because "invalid file" alone sends users
 * looking for a bug (dxos/dxos#6179).
 */
import { FORMAT_NAME, FORMAT_VERSION } from '../model/types';
import { fail, sourceNoun, type ImportError, type ImportSource } from './types';

const EXPECTED = `A theory-model file is a JSON object that starts with "format": "${FORMAT_NAME}".`;

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

function foreignTool(doc: Record<string, unknown>): string | null {
  if (doc.type === 'excalidraw') return 'an Excalidraw drawing';
  if (doc.type === 'excalidrawlib') return 'an Excalidraw library';
  if (has(doc, 'tldrawFileFormatVersion')) return 'a tldraw file';
  if (Array.isArray(doc.nodes) && Array.isArray(doc.edges)) {
    return has(doc, 'viewport') ? 'a React Flow export' : 'a nodes-and-edges graph from another tool (such as a React Flow export)';
  }
  if (isRecord(doc.elements) || (Array.isArray(doc.elements) && has(doc, 'style'))) return 'a Cytoscape graph';
  if (typeof doc.$schema === 'string') return 'a JSON Schema';
  return null;
}

function describeNonObject(value: unknown): string {
  if (Array.isArray(value)) return 'a list (JSON array)';
  if (value === null) return 'only null';
  if (typeof value === 'string') return 'only a piece of text';
  if (typeof value === 'number') return 'only a number';
  if (typeof value === 'boolean') return 'only true or false';
  return 'something other than a JSON object';
}

export function checkFormat(value: unknown, source?: ImportSource): ImportError | null {
  const noun = sourceNoun(source);
  if (!isRecord(value)) {
    return fail('not-theory-model', `${noun} contains ${describeNonObject(value)}, not a theory-model. ${EXPECTED}`).error;
  }
  if (value.format === FORMAT_NAME) return null;
  if (typeof value.format === 'string') {
    return fail('not-theory-model', `${noun} is in the format ${quote(value.format)}, not "${FORMAT_NAME}". ${EXPECTED}`).error;
  }
  // Our own file with the tag deleted also has `nodes` and `edges` arrays; its `vocabulary` (or
  // `meta` + `version`) says it is ours, so it must be told to add the tag, not be called another
  // tool's graph (issue 17, defect 7). Checked before the foreign tools for that reason.
  const ours = has(value, 'vocabulary') || (has(value, 'meta') && has(value, 'version'));
  const tool = ours ? null : foreignTool(value);
  if (tool) {
    return fail('not-theory-model', `${noun} looks like ${tool}, not a theory-model. ${EXPECTED}`).error;
  }
  if (ours || has(value, 'meta')) {
    return fail(
      'not-theory-model',
      `${noun} has some theory-model fields but no "format": "${FORMAT_NAME}" tag, so it is not a theory-model file. ` +
        `If it was edited by hand, add "format": "theory-model" and "version": ${FORMAT_VERSION} at the top.`,
    ).error;
  }
  return fail('not-theory-model', `${noun} is not a theory-model file. ${EXPECTED}`).error;
}
