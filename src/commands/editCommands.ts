import { activeEditor } from '../store/activeEditor';
import { translator } from '../i18n/translate';
import { clearSpot } from '../model/clearSpot';
import { DEFAULT_GROUP_SIZE, DEFAULT_NODE_SIZE, sizeFrom } from '../model/geometry';
import { freeSpot } from '../model/structure';
import { GROUP_KIND, type Point } from '../model/types';
import { useAppStore } from '../store/appStore';
import { clipboardActions, lastCopiedText } from '../store/clipboardLater';
import {
  addNodeAt,
  deleteSelection,
  groupSelection,
  hasSelectedGroup,
  hasSelectedNodes,
  hasSelection,
  nudgeSelection,
  selectAll,
  ungroupSelection,
} from '../store/editActions';
import { formatShortcut, isMac } from './keys';
import type { Command, CommandServices } from './types';

/** Arrow keys move the selection 5px (React Flow's own step), with Shift 10px. */
export const NUDGE_STEP = 5;
export const NUDGE_STEP_FAR = 10;
const ARROWS: Record<string, Point> = { ArrowLeft: { x: -1, y: 0 }, ArrowRight: { x: 1, y: 0 }, ArrowUp: { x: 0, y: -1 }, ArrowDown: { x: 0, y: 1 } };

const mac = () => typeof navigator !== 'undefined' && isMac(navigator.platform);
const t = () => translator(useAppStore.getState().uiLang);

/**
 * Where the last "Add" put its node, and for which view centre: the next Add with the view
 * unmoved goes beside it rather than on the same spot (issue 14, papercut). View-only memory.
 */
const sameSpot = (a: Point, b: Point) => Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1;

/**
 * Adds a node of `kind` centred in the visible canvas (or at `at`, its centre, e.g. where the
 * user double-clicked), on the nearest spot clear of other elements (beside the one added last
 * when the view has not moved), and selects it.
 */
export function addNodeOfKind(kind: string, services: Pick<CommandServices, 'viewCenter'>, at?: Point): string | undefined {
  const centre = at ?? services.viewCenter() ?? { x: 0, y: 0 };
  const size = kind === GROUP_KIND ? DEFAULT_GROUP_SIZE : DEFAULT_NODE_SIZE;
  const { doc, measured } = useAppStore.getState();
  const preferred = { x: centre.x - size.width / 2, y: centre.y - size.height / 2 };
  const session = activeEditor().session;
  const lastAdd = session.lastAdd;
  const after = !at && lastAdd && sameSpot(lastAdd.centre, centre) ? lastAdd.id : undefined;
  const spot = at ? freeSpot(doc, preferred) : clearSpot(doc, sizeFrom(measured), preferred, size, after);
  const id = addNodeAt(kind, spot);
  session.lastAdd = id && !at ? { id, centre } : undefined;
  // The new node starts with its label being edited in the Inspector (issue 14 §6).
  if (id) useAppStore.getState().setLabelEditFor(id);
  return id;
}

/** The kind double-click and `N` add: the last one used, else the vocabulary's first. */
export function lastUsedKind(): string | undefined {
  const { lastKind, doc } = useAppStore.getState();
  if (lastKind && doc.vocabulary.nodeKinds.some((k) => k.id === lastKind)) return lastKind;
  return doc.vocabulary.nodeKinds[0]?.id;
}

async function writeClipboard(text: string | undefined) {
  if (text === undefined) return;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // The copy is kept in this tab (lastCopiedText), so Paste here still works.
    useAppStore.getState().notify('info', t()('copy.unavailable', { shortcut: formatShortcut('Mod+C', mac()) }));
  }
}

function nudge(shortcut: string | undefined, step: number) {
  const key = shortcut?.split('+').pop() ?? '';
  const dir = ARROWS[key];
  if (dir) nudgeSelection(dir.x * step, dir.y * step);
}

/** The editing commands (issue 3, part A), spread into the one command table. */
export const editCommands: Command[] = [
  { id: 'deleteSelection', label: 'cmd.deleteSelection', shortcuts: ['Delete', 'Backspace'], enabled: hasSelection, run: () => void deleteSelection() },
  { id: 'copy', label: 'cmd.copy', shortcuts: ['Mod+C'], clipboardShortcut: true, enabled: hasSelectedNodes, run: async () => writeClipboard((await clipboardActions.get()).copySelection()) },
  { id: 'cut', label: 'cmd.cut', shortcuts: ['Mod+X'], clipboardShortcut: true, enabled: hasSelectedNodes, run: async () => writeClipboard((await clipboardActions.get()).cutSelection()) },
  {
    id: 'paste',
    label: 'cmd.paste',
    shortcuts: ['Mod+V'],
    clipboardShortcut: true,
    run: async () => {
      let text: string | undefined;
      try {
        text = await navigator.clipboard.readText();
      } catch {
        text = lastCopiedText();
        if (text === undefined) {
          useAppStore.getState().notify('info', t()('paste.unavailable', { shortcut: formatShortcut('Mod+V', mac()) }));
          return;
        }
      }
      await (await clipboardActions.get()).pasteText(text);
    },
  },
  { id: 'duplicate', label: 'cmd.duplicate', shortcuts: ['Mod+D'], enabled: hasSelectedNodes, run: () => void clipboardActions.get().then((c) => c.duplicateSelection()) },
  { id: 'selectAll', label: 'cmd.selectAll', shortcuts: ['Mod+A'], run: () => selectAll() },
  { id: 'group', label: 'cmd.group', shortcuts: ['Mod+G'], enabled: hasSelectedNodes, run: () => void groupSelection() },
  { id: 'ungroup', label: 'cmd.ungroup', shortcuts: ['Mod+Shift+G'], enabled: hasSelectedGroup, run: () => void ungroupSelection() },
  { id: 'nudge', label: 'cmd.nudge', shortcuts: Object.keys(ARROWS), enabled: hasSelectedNodes, run: ({ shortcut }) => nudge(shortcut, NUDGE_STEP) },
  {
    id: 'nudgeFar',
    label: 'cmd.nudgeFar',
    shortcuts: Object.keys(ARROWS).map((k) => `Shift+${k}`),
    enabled: hasSelectedNodes,
    run: ({ shortcut }) => nudge(shortcut, NUDGE_STEP_FAR),
  },
  {
    id: 'addNode',
    label: 'cmd.addNode',
    shortcuts: ['N'],
    run: ({ services }) => {
      const kind = lastUsedKind();
      if (kind) addNodeOfKind(kind, services);
    },
  },
  // With nodes selected, "Add group" groups them (as Ctrl+G does) rather than dropping an empty box beside them.
  { id: 'addGroup', label: 'cmd.addGroup', run: ({ services, state }) => void (hasSelectedNodes(state) ? groupSelection() : addNodeOfKind(GROUP_KIND, services)) },
  { id: 'shortcuts', label: 'cmd.shortcuts', shortcuts: ['?'], run: ({ state }) => state.setDialog('shortcuts') },
];
