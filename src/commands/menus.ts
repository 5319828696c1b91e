/**
 * The menu bar's layout (issue 11): which commands of the table each menu lists, in order, with
 * separators. The commands themselves (labels, shortcuts, whether they can run) stay in the one
 * command table; this file only arranges them. A test checks that every command is in a menu or
 * is listed in KEY_ONLY, so a new command cannot silently be left out of the menus.
 */
import type { StringKey } from '../i18n/strings';

export const SEPARATOR = '-';

export type MenuDef = { id: string; label: StringKey; items: readonly string[] };

export const MENUS: readonly MenuDef[] = [
  {
    id: 'file',
    label: 'menu.file',
    items: ['newModel', 'examples', 'openFile', 'saveFile', 'saveFileAs', SEPARATOR, 'openLibrary', 'addToLibrary', 'saveVersion', SEPARATOR, 'adaptModel', 'saveAsTemplate', SEPARATOR, 'importJson', 'exportJson', 'importAny', 'exportAs', SEPARATOR, 'exportPng', 'exportSvg', 'exportPdf', SEPARATOR, 'compare', SEPARATOR, 'copyLink', 'startLive', 'leaveLive', 'restorePreviousDraft'],
  },
  {
    id: 'edit',
    label: 'menu.edit',
    items: ['undo', 'redo', SEPARATOR, 'cut', 'copy', 'paste', 'duplicate', 'deleteSelection', 'selectAll', SEPARATOR, 'addNode', 'addGroup', 'group', 'ungroup', 'connectTo', SEPARATOR, 'findReplace', 'editVocabulary'],
  },
  {
    id: 'view',
    label: 'menu.view',
    items: ['fitView', 'toggleLegend', 'toggleDiagramLanguage', 'toggleSnapToGrid', SEPARATOR, 'problems', 'toggleTextView', 'toggleLibraryPanel', SEPARATOR, 'focus', 'focusTwo', 'endFocus', 'showAll', SEPARATOR, 'present', 'presentSteps', 'addStepFromSelection'],
  },
  {
    id: 'layout',
    label: 'menu.layout',
    items: ['autoLayout', SEPARATOR, 'layoutFigure', 'layoutLayeredRight', 'layoutLayeredDown', 'layoutOrganic', 'layoutRadial', 'layoutSelection', SEPARATOR, 'cancelLayout', SEPARATOR,
      'alignLeft', 'alignCenter', 'alignRight', 'alignTop', 'alignMiddle', 'alignBottom', SEPARATOR, 'distributeHorizontal', 'distributeVertical'],
  },
  { id: 'help', label: 'menu.help', items: ['shortcuts'] },
];

/**
 * The context menu (issue 14 §6: right click, Shift+F10, the Menu key): the commands that apply
 * to what it was opened on. Only those enabled for the selection are shown (`contextItems`).
 */
export const CONTEXT_MENUS: Record<'node' | 'edge' | 'pane', readonly string[]> = {
  node: ['connectTo', SEPARATOR, 'focus', 'focusTwo', 'endFocus', SEPARATOR, 'cut', 'copy', 'duplicate', 'deleteSelection', SEPARATOR, 'group', 'ungroup'],
  edge: ['deleteSelection', SEPARATOR, 'endFocus', 'fitView'],
  pane: ['paste', 'addNode', 'addGroup', 'selectAll', SEPARATOR, 'fitView', 'toggleLegend', 'autoLayout', SEPARATOR, 'endFocus', 'showAll'],
};

/** The items that apply now: the enabled ones, with no separator at either end or two in a row. */
export function contextItems(items: readonly string[], applies: (id: string) => boolean): string[] {
  const out: string[] = [];
  for (const id of items) {
    if (id !== SEPARATOR) {
      if (applies(id)) out.push(id);
    } else if (out.length > 0 && out.at(-1) !== SEPARATOR) out.push(id);
  }
  if (out.at(-1) === SEPARATOR) out.pop();
  return out;
}

/** Commands reached only by their keys (they need a key to say which way), never from a menu. */
export const KEY_ONLY: readonly string[] = ['nudge', 'nudgeFar'];
