import type { StringKey } from '../i18n/strings';
import type { AppState } from '../store/appStore';

/**
 * Services the UI shell provides to commands (React Flow's viewport, the file chooser, dialogs).
 * Commands stay free of React; the app registers these when it mounts.
 */
export type CommandServices = {
  fitView: () => void;
  pickFile: () => void;
  openDialog: (id: string) => void;
};

export type CommandContext = { state: AppState; services: CommandServices };

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
};
