import { importFrontNow, loadImportFront } from '../io/importLazy';
import type { ImportResult } from '../io/types';
import { formatMessage, formatMessages } from '../i18n/message';
import { serializeModel } from '../io/serialize';
import { translator } from '../i18n/translate';
import { extractFragment, insertFragment, type PasteResult } from '../model/clipboard';
import { activeEditor } from './activeEditor';
import { useAppStore } from './appStore';
import { deleteSelection, liveSelection, select } from './editActions';

/**
 * Copy, cut, paste and duplicate. The clipboard carries our file format (a document of the
 * selection), and every paste enters through importModel, THE import path: a refused text leaves
 * the model untouched and says why; a file or a copy from another tab is checked and repaired
 * exactly like an opened file.
 */

const state = () => useAppStore.getState();
const t = () => translator(state().uiLang);

/** The selected nodes (with contents and the edges among them) as file text; undefined when no node is selected. */
export function copySelection(): string | undefined {
  const fragment = extractFragment(state().doc, liveSelection().nodes);
  if (!fragment) return undefined;
  const text = serializeModel(fragment);
  activeEditor().session.lastCopied = text;
  return text;
}

/** Copy, then delete the selection: the deletion is the one undo step. */
export function cutSelection(): string | undefined {
  const text = copySelection();
  if (text !== undefined) deleteSelection();
  return text;
}

/**
 * Pastes file text: import, then merge with fresh ids, offset off the originals, select the
 * pasted elements. One undo step. Returns false (and shows why) when the text is refused.
 */
export function pasteText(text: string): Promise<boolean> {
  // Text this app copied passes the import path's fast front door (loaded at start-up) and is
  // pasted at once; anything else waits for the full path (loaded on first use), which also words
  // a refusal.
  const front = importFrontNow();
  return front ? pasteThrough(front, text) : loadImportFront().then((door) => pasteThrough(door, text));
}

function pasteThrough(door: Awaited<ReturnType<typeof loadImportFront>>, text: string): Promise<boolean> {
  const fast = door.importModelFast(text, { source: 'paste' });
  if (fast) return Promise.resolve(pasteImported(fast));
  return door.loadImportModel().then(({ importModel }) => pasteImported(importModel(text, { source: 'paste' })));
}

function pasteImported(imported: ImportResult): boolean {
  if (!imported.ok) {
    const tr = t();
    state().notify('error', tr('paste.refused', { reason: formatMessage(tr, imported.error.message) }), formatMessages(tr, imported.error.details));
    return false;
  }
  if (imported.model.nodes.length === 0) {
    state().notify('info', t()('paste.empty'));
    return false;
  }
  const result = insert((doc) => insertFragment(doc, imported.model, activeEditor().ids));
  const notes = formatMessages(t(), imported.report.map((n) => n.message));
  if (notes.length > 0) state().notify('info', t()('paste.repaired'), notes);
  if (result && result.droppedEdges > 0) state().notify('warning', t()('paste.droppedEdges', { count: result.droppedEdges }));
  return true;
}

/** Copy + paste without touching the clipboard. */
export function duplicateSelection(): boolean {
  const fragment = extractFragment(state().doc, liveSelection().nodes);
  if (!fragment) return false;
  return insert((doc) => insertFragment(doc, fragment, activeEditor().ids)) !== undefined;
}

function insert(paste: (doc: Parameters<typeof insertFragment>[0]) => PasteResult): PasteResult | undefined {
  let result: PasteResult | undefined;
  state().edit((doc) => {
    result = paste(doc);
    return result.doc;
  });
  if (result) {
    state().setRelationPicker(null);
    select(result.nodeIds, result.edgeIds);
  }
  return result;
}
