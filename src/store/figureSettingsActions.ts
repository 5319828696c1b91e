/**
 * The Figure preset's settings, stored with the model (issue 4): small edits the layout menu makes
 * at once. Kept apart from layoutActions, which loads with the layout kernel on first use (issue
 * 15): a radio button must change the moment it is clicked.
 */
import { setKindBand, setLayoutDirection } from '../model/layoutSettings';
import type { LayoutDirection } from '../model/types';
import { useAppStore } from './appStore';
import { figureSettings } from './layoutInput';

const state = () => useAppStore.getState();

/** The Figure preset's direction, stored with the model: one undo step. */
export function setFigureDirection(direction: LayoutDirection): void {
  state().edit((doc) => setLayoutDirection(doc, direction));
}

/** Puts a node kind in a band of the Figure preset (null: after the bands): one undo step. */
export function setFigureBand(kind: string, band: number | null): void {
  state().edit((doc) => setKindBand(doc, figureSettings(doc.layout).bands, kind, band));
}
