import type { StringKey } from '../i18n/strings';
import type { ColumnMapping } from '../io/formats/types';
import type { CameraFrame, Point } from '../model/types';
import type { AppState } from '../store/appStore';

/**
 * Services the UI shell provides to commands (React Flow's viewport, the file chooser, dialogs).
 * Commands stay free of React; the app registers these when it mounts.
 */
export type CommandServices = {
  fitView: () => void;
  /** Opens the file chooser for these types (`.json,application/json`); null when cancelled. */
  pickFile: (accept: string) => Promise<File | null>;
  openDialog: (id: string) => void;
  /** The centre of the visible canvas in flow coordinates (where new nodes go), if a canvas is shown. */
  viewCenter: () => Point | undefined;
  /** Brings these nodes into view (a problem or a search hit was clicked). Optional: tests and older shells may lack it. */
  reveal?: (nodeIds: readonly string[]) => void;
  /** Several files at once (a CSV pair); absent in older shells and tests, which fall back to pickFile. */
  pickFiles?: (accept: string) => Promise<File[]>;
  /** Asks which column of an unrecognised CSV holds what (the mapping dialog); null when cancelled. */
  askColumns?: (request: ColumnRequest) => Promise<ColumnMapping | null>;
  /** The visible canvas area in flow coordinates (a presentation step's camera frame); absent without a canvas. */
  viewFrame?: () => CameraFrame | undefined;
  /** Exports the presentation's steps: a PNG each, or one PDF page each (issue 14); absent without a canvas. */
  exportSteps?: (format: 'png' | 'pdf') => Promise<void>;
};

/** What the column-mapping dialog shows: the file's name, its headers and one row of values. */
export type ColumnRequest = { name: string; headers: string[]; sample: string[] };

/** `shortcut`: the shortcut that triggered the command, when a key did (the nudge commands read its arrow). */
export type CommandContext = { state: AppState; services: CommandServices; shortcut?: string };

export type Command = {
  id: string;
  label: StringKey;
  /** Shortcuts such as `Mod+Z` (Mod = Ctrl, or ⌘ on a Mac), `Shift+?`, `Delete`. */
  shortcuts?: string[];
  /** Shown in the main toolbar; otherwise only in menus, keys and the shortcuts help. */
  toolbar?: boolean;
  /** Whether the command can run now; it reads the store state, so the toolbar updates live. */
  enabled?: (state: AppState, history: { canUndo: boolean; canRedo: boolean }) => boolean;
  run: (ctx: CommandContext) => void | Promise<void>;
  /**
   * The browser turns this command's shortcut into a clipboard event (copy, cut, paste), which
   * the app handles; the key handler must not swallow the keydown, or the event never comes.
   */
  clipboardShortcut?: boolean;
};
