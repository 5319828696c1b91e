/**
 * Import through the format registry (issue 11 item 5, issue 12): "Import…", "Import JSON", a
 * dropped file and a pasted foreign text all come here. The format is picked by extension and
 * content; its reader (loaded on demand) turns the input into a plain document, which then enters
 * THE import path, importModel, like any file — so a foreign file is validated, migrated and
 * repaired with a report. A refusal only adds a notice: the open model is never touched.
 */
import { formatMessage, formatMessages, msg, rawText } from '../i18n/message';
import { translator, type TFunction } from '../i18n/translate';
import { importModel } from '../io/importModel';
import { checkFileSize, DEFAULT_MAX_BYTES } from '../io/sizeCap';
import type { ImportError } from '../io/types';
import { decodeText } from '../io/formats/decode';
import { FORMATS, pickFormat } from '../io/formats/registry';
export { foreignFormatOf } from '../io/formats/registry';
import type { ColumnMapping, FormatEntry, FormatError, InteropNote, ReadInput } from '../io/formats/types';
import { defaultLayoutEnv, autoLayout, type LayoutEnv } from '../store/layoutActions';
import { commitAnimated } from '../store/layoutTween';
import { useAppStore } from '../store/appStore';
import { openDocument, quotedTitle } from '../store/openDocument';
import { importReason } from './importReason';
import { services } from './services';

type Source = 'file' | 'drop' | 'paste';

const t = (): TFunction => translator(useAppStore.getState().uiLang);

export const noteText = (tr: TFunction, n: InteropNote) => tr(n.key, n.params);

function refuse(name: string, reason: string, details?: string[]): false {
  useAppStore.getState().notify('error', t()('import.refused', { name, reason }), details);
  return false;
}

const refuseFormat = (name: string, e: FormatError) => refuse(name, t()(e.key, e.params), e.details);
const refuseImport = (name: string, e: ImportError) => {
  const state = useAppStore.getState();
  return refuse(name, importReason(t(), e, state.uiLang), formatMessages(t(), [e.message, ...(e.details ?? [])]));
};

const readable = () => FORMATS.filter((f) => f.canRead).map((f) => f.name).join(', ');

/** The files of one import (a CSV pair is two), as bytes; sizes are checked before reading. */
export async function importFiles(files: readonly File[], source: 'file' | 'drop'): Promise<boolean> {
  const first = files[0];
  if (!first) return false;
  for (const file of files) {
    const tooLarge = checkFileSize(file, DEFAULT_MAX_BYTES, source);
    if (tooLarge) return refuseImport(file.name, tooLarge);
  }
  let raw: { name: string; bytes: Uint8Array }[];
  try {
    raw = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  } catch (error) {
    return refuseImport(first.name, { code: 'invalid', message: msg('io.unexpected', { source: msg('source.file') }), details: [rawText(error instanceof Error ? error.message : String(error))] });
  }
  const head = new TextDecoder().decode(raw[0].bytes.subarray(0, 4096));
  // Nothing recognisable: the app's own JSON, whose import path says exactly what is wrong.
  const format = pickFormat(first.name, head) ?? FORMATS[0];
  const inputs: ReadInput[] = [];
  const notes: InteropNote[] = [];
  for (const r of raw) {
    if (format.binary) { inputs.push({ name: r.name, text: '', bytes: r.bytes }); continue; }
    if (format.id === 'json') { inputs.push({ name: r.name, text: new TextDecoder().decode(r.bytes) }); continue; } // as before: importModel explains
    const text = decodeText(r.bytes, format);
    if (!text.ok) return refuseFormat(r.name, text.error);
    notes.push(...text.notes);
    inputs.push({ name: r.name, text: text.text });
  }
  return importInputs(format, inputs, source, notes);
}

export function importPastedText(text: string, format: FormatEntry): Promise<boolean> {
  return importInputs(format, [{ name: format.name, text }], 'paste', []);
}

async function importInputs(format: FormatEntry, inputs: ReadInput[], source: Source, notes: InteropNote[], columns?: ColumnMapping): Promise<boolean> {
  const name = inputs.map((i) => i.name).join(' + ');
  let outcome;
  // User Timing entries for docs/performance.md: "read" = the format's reader, "validate" = importModel.
  const start = performance.now();
  try {
    const module = await format.load();
    if (!module.read) return refuse(name, t()('interop.error.unknown', { list: readable() }));
    outcome = await module.read(inputs, columns ? { columns } : undefined);
  } catch (error) {
    return refuse(name, t()('interop.error.invalid', { format: format.name }), [error instanceof Error ? error.message : String(error)]);
  }
  if (!outcome.ok) {
    // CSV whose headers say nothing: ask which column holds what, then read again.
    if (outcome.headers && !columns && services.askColumns) {
      const mapping = await services.askColumns({ name, headers: outcome.headers[0], sample: sampleRow(inputs) });
      if (mapping) return importInputs(format, inputs, source, notes, mapping);
    }
    return refuseFormat(name, outcome.error);
  }
  const read = performance.now();
  performance.measure?.(`interop:read ${format.id}`, { start, end: read });
  const result = importModel(outcome.doc, { source: source === 'drop' ? 'drop' : source });
  performance.measure?.(`interop:validate ${format.id}`, { start: read, end: performance.now() });
  if (!result.ok) return refuseImport(name, result.error);
  const model = format.id === 'json' || result.model.meta.title !== '' ? result.model : { ...result.model, meta: { ...result.model.meta, title: inputs[0].name.replace(/\.[^.]+$/, '') } };
  // A format without positions is laid out after opening, and that layout merges into the
  // opening's undo step: one Undo goes back to the model before the import (issue 12).
  let laying = false;
  openDocument(model, quotedTitle(model), { partOfOpening: () => laying });
  const tr = t();
  const lines = [...[...notes, ...outcome.notes].map((n) => noteText(tr, n)), ...result.report.map((n) => formatMessage(tr, n.message))];
  const state = useAppStore.getState();
  if (format.id === 'json') {
    if (result.report.length > 0) state.notify('warning', tr('import.repaired', { count: result.report.length }), formatMessages(tr, result.report.map((n) => n.message)));
  } else state.notify('info', tr('interop.imported', { name, format: format.name }), lines);
  if (outcome.needsLayout) await autoLayout(importLayoutEnv(() => (laying = true), () => (laying = false)));
  return true;
}

/** The app's layout, whose one commit joins the import's undo step instead of making its own. */
function importLayoutEnv(begin: () => void, end: () => void): LayoutEnv {
  const env = defaultLayoutEnv(services.fitView);
  return {
    ...env,
    commit: (from, to) => {
      begin();
      try {
        // The document is written at once; only the animation runs on after this call.
        return commitAnimated(from, to, undefined, 'merge');
      } finally {
        end();
      }
    },
  };
}

function sampleRow(inputs: ReadInput[]): string[] {
  const lines = inputs[0]?.text.split(/\r?\n/) ?? [];
  const second = lines[1] ?? '';
  const d = [',', '\t', ';'].find((c) => (lines[0] ?? '').includes(c)) ?? ',';
  return second.split(d).map((s) => s.replace(/^"|"$/g, ''));
}
