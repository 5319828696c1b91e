/**
 * The shape of a format in the registry (issue 11 item 5, issue 12). A format is plain data plus
 * one lazy `load()`: the registry itself is small and sits in the first bundle, while every parser
 * and writer arrives by dynamic import only when its format is used.
 *
 * A reader turns foreign input into a PLAIN document (`unknown`, not a trusted TheoryModel): the
 * caller hands it to `importModel`, which validates, migrates and repairs it like any file. A reader
 * never touches the open model. Messages are keys of the `interop` area (`i18n/en/interop.ts`, and
 * `i18n/en/later/interop.ts` for what only readers report) with parameters; the UI translates
 * them, so io/ builds no user text.
 */
import type { interop } from '../../i18n/en/interop';
import type { interopLater } from '../../i18n/en/later/interop';
import type { TheoryModel } from '../../model/types';

export type InteropKey = keyof typeof interop | keyof typeof interopLater;
export type NoteParams = Record<string, string | number>;

/** One line of an import report: what was mapped, created, or what the format could not carry. */
export type InteropNote = { key: InteropKey; params?: NoteParams };

/** Why a reader refused its input; `line`/`column` are 1-based, where the format has them. */
export type FormatError = { key: InteropKey; params?: NoteParams; line?: number; column?: number; details?: string[] };

/** One input file (a CSV pair is two); `text` is decoded UTF-8, `bytes` the raw file for binary formats. */
export type ReadInput = { name: string; text: string; bytes?: Uint8Array };

/** Explicit CSV column roles chosen in the mapping dialog, keyed by the file's header. */
export type ColumnRole = 'id' | 'label' | 'kind' | 'from' | 'to' | 'relation' | 'parent' | 'x' | 'y' | 'description' | 'ignore';
export type ColumnMapping = Record<string, ColumnRole>;

export type ReadOptions = { columns?: ColumnMapping };

export type ReadOutcome =
  | {
      ok: true;
      /** A plain theory-model document; it still goes through `importModel`. */
      doc: unknown;
      notes: InteropNote[];
      /** The format holds no positions: the app lays the model out after opening it. */
      needsLayout?: boolean;
    }
  | { ok: false; error: FormatError; /** CSV only: headers not recognised; the UI may ask for a mapping. */ headers?: string[][] };

export type WriteOutput = { text: string } | { bytes: Uint8Array };

/** What a loaded format module provides. Either half may be missing (draw.io is read-only). */
export type FormatModule = {
  read?: (inputs: ReadInput[], options?: ReadOptions) => ReadOutcome | Promise<ReadOutcome>;
  write?: (doc: TheoryModel) => WriteOutput | Promise<WriteOutput>;
};

export type FormatEntry = {
  /** Stable id, e.g. `dot`. */
  id: string;
  /** The format's own name (not translated): "Graphviz DOT". */
  name: string;
  /** Lower-case, with the dot: `['.dot', '.gv']`. The first is used when writing. */
  extensions: readonly string[];
  mime: string;
  /** Reads bytes (xlsx): the UTF-8 check and the binary guard are skipped. */
  binary?: boolean;
  /** Does this text (its first few KB) look like this format? Used when the extension says nothing. */
  sniff?: (head: string) => boolean;
  canRead: boolean;
  canWrite: boolean;
  /** The parser and writer, by dynamic import. */
  load: () => Promise<FormatModule>;
};
