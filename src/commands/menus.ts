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
    items: ['undo', 'redo', SEPARATOR, 'cut', 'copy', 'paste', 'duplicate', 'deleteSelection', 'selectAll', SEPARATOR, 'addNode', 'addGroup', 'group', 'ungroup', SEPARATOR, 'findReplace', 'editVocabulary'],
  },
  {
    id: 'view',
    label: 'menu.view',
    items: ['fitView', 'toggleLegend', 'toggleDiagramLanguage', 'toggleSnapToGrid', SEPARATOR, 'problems', 'toggleTextView', SEPARATOR, 'focus', 'focusTwo', 'endFocus', 'showAll', SEPARATOR, 'present', 'presentSteps', 'addStepFromSelection'],
  },
  {
    id: 'layout',
    label: 'menu.layout',
    items: ['autoLayout', SEPARATOR, 'layoutFigure', 'layoutLayeredRight', 'layoutLayeredDown', 'layoutOrganic', 'layoutRadial', 'layoutSelection', SEPARATOR, 'cancelLayout', SEPARATOR,
      'alignLeft', 'alignCenter', 'alignRight', 'alignTop', 'alignMiddle', 'alignBottom', SEPARATOR, 'distributeHorizontal', 'distributeVertical'],
  },
  { id: 'help', label: 'menu.help', items: ['shortcuts'] },
];

/** Commands reached only by their keys (they need a key to say which way), never from a menu. */
export const KEY_ONLY: readonly string[] = ['nudge', 'nudgeFar'];
