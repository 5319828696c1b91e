import { randomIds } from '../model/ids';
import type { StoreApi } from 'zustand/vanilla';
import type { ImageExportOptions } from '../io/export/options';
import type { ElkClient } from '../layout';
import type { TheoryModel } from '../model/types';
import type { Rect } from '../model/geometry';
import type { RouteInput, RoutePlan } from '../routing/types';
import type { AppState } from './appStore';
import { createDocumentSlice } from './documentSlice';
import { createEditSlice } from './editSlice';
import { createKeysSlice } from './keysSlice';
import type { History } from './history';
import { createLayoutSlice } from './layoutSlice';
import { createPlacementSlice } from './placementSlice';
import { createPresentSlice } from './presentSlice';
import { createRouteSlice } from './routeSlice';
import { createToolSlice } from './toolSlice';
import { createSwitchableHistory } from './switchableHistory';
import { createViewSlice } from './viewSlice';
import { createHistoryStore } from './zundoHistory';

/** How many undo steps are kept. */
export const HISTORY_LIMIT = 200;

/**
 * What the editor's actions keep between calls that is neither the document nor view state the
 * UI draws: the gesture under way, the field being typed in, the layout job. It used to sit in
 * module-level `let`s, one copy for the whole page; here each editor (and each test) has its own.
 */
export type EditorSession = {
  /** A drag or resize under way (flowChanges.ts), and whether it has made its undo step yet. */
  gesture: { active: boolean; recorded: boolean };
  /** A pan or zoom of the canvas under way (React Flow's move start → end): autosave waits for its end. */
  panning: boolean;
  /** The form field being typed in and the document it last wrote (fieldSession.ts). */
  field: { key: string; written: TheoryModel } | null;
  /** The document when a drag started, read on drop (nodeDrop.ts, placementDrag.ts). */
  beforeDrop: TheoryModel | undefined;
  beforeGuides: TheoryModel | undefined;
  /** The boxes the dragged nodes are compared with, taken on the drag's first frame: they do not move while it lasts (placementDrag.ts). */
  guideOthers: { ids: string; rects: Rect[] } | undefined;
  /** The last text copied: the fallback when the system clipboard cannot be read (clipboardActions.ts). */
  lastCopied: string | undefined;
  /**
   * The ELK worker (made on the first layout) and the layout in progress (layoutActions.ts), and
   * `settle`: re-placing an ELK plan's colliding labels in the router's worker, installed by the
   * canvas's routing (canvas/edges/useRouting.ts) while it runs.
   */
  layout: { client: ElkClient | null; running: AbortController | null; settle: ((plan: RoutePlan, input: RouteInput) => Promise<RoutePlan>) | null };
  /** The last document and its content object (contentSelector.ts). */
  content: { doc: TheoryModel; content: TheoryModel } | undefined;
  /** The export dialog's last choices, so exporting the same figure again is one click. */
  imageExport: ImageExportOptions | undefined;
  /** The text view's last text, so closing and reopening it keeps the user's comments (issue 12). */
  textView: { doc: TheoryModel; text: string } | undefined;
  /** The node the last "Add" placed and the view centre then: the next Add goes beside it (issue 14). */
  lastAdd: { id: string; centre: { x: number; y: number } } | undefined;
};

export type EditorOptions = {
  /** The first document (default: a blank model). It is not an undo step. */
  doc?: TheoryModel;
  /** Makes element ids from a stem (`actor`); inject a deterministic one in tests. */
  idGenerator?: (stem: string) => string;
  historyLimit?: number;
};

export type Editor = {
  /** The zustand store: document + view state. React reads it through `useAppStore(selector)`. */
  store: StoreApi<AppState>;
  /** Undo and redo: the editor's own (zundo), or a live session's stand-in while one runs. */
  history: History;
  /**
   * Puts a stand-in history in front of the editor's own (`make` receives the own one), or takes it
   * away (null). A live session installs Yjs's UndoManager here (src/collab/liveHistory.ts).
   */
  swapHistory: (make: ((own: History) => History) | null) => void;
  /** The id generator (`editor.ids('actor')` → a fresh id). */
  ids: (stem: string) => string;
  session: EditorSession;
  /** Stops what the editor started (the layout worker). */
  dispose: () => void;
};


/** One editor: the store, its history, the id generator and the session state of its actions. */
export function createEditor(options: EditorOptions = {}): Editor {
  // The document slice writes through the history, which exists once the store does (edits only
  // run after creation, so `made` is always there when this is called).
  const capture: History['capture'] = (policy, write) => switchable.history.capture(policy, write);
  const made = createHistoryStore<AppState>(
    (...a) => ({
      ...createDocumentSlice(capture)(...a),
      ...createViewSlice(...a),
      ...createEditSlice(...a),
      ...createToolSlice(...a),
      ...createLayoutSlice(...a),
      ...createRouteSlice(...a),
      ...createPlacementSlice(...a),
      ...createPresentSlice(...a),
      ...createKeysSlice(...a),
    }),
    options.historyLimit ?? HISTORY_LIMIT,
  );
  const switchable = createSwitchableHistory(made.history);
  const { doc } = options;
  if (doc) made.history.capture('skip', () => made.store.setState({ doc }));
  const session: EditorSession = {
    gesture: { active: false, recorded: false },
    panning: false,
    field: null,
    beforeDrop: undefined,
    beforeGuides: undefined,
    guideOthers: undefined,
    lastCopied: undefined,
    layout: { client: null, running: null, settle: null },
    content: undefined,
    imageExport: undefined, textView: undefined, lastAdd: undefined,
  };
  return {
    store: made.store,
    history: switchable.history,
    swapHistory: switchable.swap,
    // Random by default, so two writers never collide (model/ids.ts).
    ids: options.idGenerator ?? randomIds(),
    session,
    dispose: () => {
      session.layout.running?.abort();
      session.layout.client?.dispose();
      session.layout.client = null;
    },
  };
}
