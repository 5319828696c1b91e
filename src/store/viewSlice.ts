import type { StateCreator } from 'zustand';
import type { UiLanguage } from '../i18n/strings';
import type { Size } from '../model/types';
import type { AppState } from './appStore';

export type Selection = { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };

export type NoticeTone = 'info' | 'warning' | 'error';
/** A button in a notice ("Undo", "Download backup"). The notice closes after `run` unless `keepOpen`. */
export type NoticeAction = { label: string; run: () => void; keepOpen?: boolean };
export type Notice = { id: number; tone: NoticeTone; text: string; details?: string[]; actions?: NoticeAction[] };

/** View state: never saved, never an undo step. */
export type ViewSlice = {
  uiLang: UiLanguage;
  /** The language the diagram's labels are shown in (`zh`, `en`, …). */
  diagramLang: string;
  selection: Selection;
  /** Sizes React Flow measured, by node id. Layout and export read them. */
  measured: ReadonlyMap<string, Size>;
  legendVisible: boolean;
  notices: Notice[];
  /** Counts documents opened (not edits), so the canvas knows when to frame a new one. */
  loadCount: number;
  setUiLang: (lang: UiLanguage) => void;
  setDiagramLang: (lang: string) => void;
  setSelection: (selection: Selection) => void;
  setMeasured: (sizes: ReadonlyMap<string, Size>) => void;
  setLegendVisible: (visible: boolean) => void;
  notify: (tone: NoticeTone, text: string, details?: string[], actions?: NoticeAction[]) => number;
  dismissNotice: (id: number) => void;
};

/** Notice ids count per store (a default parameter below), so each editor and each test numbers its own. */
const counter = () => {
  let n = 0;
  return () => ++n;
};

export const EMPTY_SELECTION: Selection = { nodes: new Set(), edges: new Set() };

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get, _api, nextNoticeId = counter()) => ({
  uiLang: 'en',
  diagramLang: 'zh',
  selection: EMPTY_SELECTION,
  measured: new Map(),
  legendVisible: true,
  notices: [],
  loadCount: 0,
  setUiLang: (uiLang) => set({ uiLang }),
  setDiagramLang: (diagramLang) => set({ diagramLang }),
  setSelection: (selection) => set({ selection }),
  setMeasured: (measured) => set({ measured }),
  setLegendVisible: (legendVisible) => set({ legendVisible }),
  notify: (tone, text, details, actions) => {
    const id = nextNoticeId();
    set({ notices: [...get().notices, { id, tone, text, details, ...(actions && actions.length > 0 ? { actions } : {}) }] });
    return id;
  },
  dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
});
