/**
 * XML for the GraphML and draw.io readers: the browser's DOMParser in XML mode, which builds an
 * inert document (no scripts, no external entities, no network) that is only ever read, never
 * put into the page. A broken file becomes a message with its line and column.
 */
import type { FormatError } from './types';

export function parseXml(text: string, format: string): { ok: true; doc: Document } | { ok: false; error: FormatError } {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const err = doc.getElementsByTagName('parsererror')[0];
  if (!err) return { ok: true, doc };
  const message = (err.textContent ?? '').trim();
  // Chromium/libxml2: "error on line 3 at column 5: …"; jsdom (saxes): "3:5: …"; Firefox: "Line Number 3, Column 5".
  const m = /line (\d+) at column (\d+)/i.exec(message) ?? /^(\d+):(\d+)/m.exec(message) ?? /Line Number (\d+), Column (\d+)/i.exec(message);
  if (!m) return { ok: false, error: { key: 'interop.error.xmlNoPosition', params: { format }, details: [message] } };
  const line = Number(m[1]);
  const column = Number(m[2]);
  return { ok: false, error: { key: 'interop.error.xml', params: { format, line, column }, line, column, details: [message] } };
}

/** Element children by local name, whatever the namespace prefix (`y:Geometry`, `Geometry`). */
export const childrenNamed = (el: Element, name: string): Element[] => Array.from(el.children).filter((c) => c.localName === name);
export const firstDeep = (el: Element, name: string): Element | undefined => {
  for (const c of Array.from(el.getElementsByTagName('*'))) if (c.localName === name) return c;
  return undefined;
};

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Text and attribute values; characters XML 1.0 cannot hold are dropped. */
// eslint-disable-next-line no-control-regex
export const xmlText = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
