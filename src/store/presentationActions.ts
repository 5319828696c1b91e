/**
 * Presentation mode and the steps panel (issue 14): which steps are shown, stepping through them,
 * and the step edits. Stepping is view state (never saved, never undone); each step edit is one
 * undo step — a click is recorded, typing a name or notes is one step per field visit
 * (fieldSession.ts), like the Inspector's fields.
 */
import { translator } from '../i18n/translate';
import type { UiLanguage } from '../i18n/strings';
import {
  addStep,
  moveStep,
  removeStep,
  renameStep,
  resetSteps,
  setStepCamera,
  setStepElements,
  setStepNotes,
  stepScope,
  stepsOf,
  type StepScope,
} from '../model/presentation/steps';
import type { StepNaming } from '../model/presentation/defaultSteps';
import type { CameraFrame, PresentationStep, TheoryModel } from '../model/types';
import { useAppStore, type AppState } from './appStore';
import { commit } from './documentActions';
import { liveSelection } from './editActions';
import { editField } from './fieldSession';
import { provideStepSelectors } from './presentationScope';

const state = () => useAppStore.getState();

function naming(uiLang: UiLanguage): StepNaming {
  const t = translator(uiLang);
  return {
    actorWithDrivers: (actor, drivers) => t('steps.actorWithDrivers', { actor, drivers }),
    relations: t('steps.relations'),
    list: (names) => names.join(t('steps.listSeparator')),
  };
}

type Shown = { steps: PresentationStep[]; authored: boolean };
// Derived values, cached per document object (no state of their own: any editor's document).
const shownCache = new WeakMap<TheoryModel, { lang: string; ui: UiLanguage; shown: Shown }>();

/** The steps as shown (authored, else derived), the same array while doc and languages are. */
export function shownSteps(s: Pick<AppState, 'doc' | 'diagramLang' | 'uiLang'> = state()): Shown {
  const hit = shownCache.get(s.doc);
  if (hit && hit.lang === s.diagramLang && hit.ui === s.uiLang) return hit.shown;
  const shown = stepsOf(s.doc, s.diagramLang, naming(s.uiLang));
  shownCache.set(s.doc, { lang: s.diagramLang, ui: s.uiLang, shown });
  return shown;
}

/** The step the canvas shows now, if any. */
export function currentStep(s: AppState = state()): PresentationStep | null {
  if (!s.stepView) return null;
  return shownSteps(s).steps[s.stepView.index] ?? null;
}

const scopeCache = new WeakMap<PresentationStep, { doc: TheoryModel; scope: StepScope }>();
/** What the current step shows, the same object while the step and the document are. */
export function currentScope(s: AppState = state()): StepScope | null {
  const step = currentStep(s);
  if (!step) return null;
  const hit = scopeCache.get(step);
  if (hit && hit.doc === s.doc) return hit.scope;
  const scope = stepScope(s.doc, step);
  scopeCache.set(step, { doc: s.doc, scope });
  return scope;
}

const clampIndex = (index: number) => Math.max(0, Math.min(index, shownSteps().steps.length - 1));

/** Starts presentation mode at `index` (the first step by default). Nothing to present: false. */
export function startPresenting(index = 0): boolean {
  if (shownSteps().steps.length === 0) return false;
  state().setStepView({ mode: 'present', index: clampIndex(index), notes: state().stepView?.notes ?? false });
  return true;
}

export function stopPresenting(): void {
  if (state().stepView?.mode === 'present') state().setStepView(null);
}

/** Moves `by` steps (±1), staying within the steps. */
export function stepBy(by: number): void {
  const view = state().stepView;
  if (!view) return;
  const index = clampIndex(view.index + by);
  if (index !== view.index) state().setStepView({ ...view, index });
}

export function stepTo(index: number): void {
  const view = state().stepView;
  if (view) state().setStepView({ ...view, index: clampIndex(index) });
}

export function toggleSpeakerNotes(): void {
  const view = state().stepView;
  if (view) state().setStepView({ ...view, notes: !view.notes });
}

/** Shows one step on the canvas while editing (the steps panel's "Show"); again: back to the whole model. */
export function previewStep(index: number | null): void {
  state().setStepView(index === null ? null : { mode: 'preview', index: clampIndex(index), notes: false });
}

// ---- step edits: one undo step each ------------------------------------------------------------

const shown = () => shownSteps().steps;

/** A new step of the selected elements, after the step on view (or at the end); its index. */
export function addStepFromSelection(name: string): number | null {
  const selection = liveSelection();
  const elementIds = [...selection.nodes, ...selection.edges];
  if (elementIds.length === 0) return null;
  const view = state().stepView;
  const after = view ? shown()[view.index]?.id : undefined;
  commit((doc) => addStep(doc, shown(), { name, elementIds }, after));
  return after === undefined ? shown().length - 1 : (view?.index ?? 0) + 1;
}

export const renameStepField = (id: string, name: string) => editField(`step-name:${id}`, (doc) => renameStep(doc, shown(), id, name));
export const setStepNotesField = (id: string, notes: string) => editField(`step-notes:${id}`, (doc) => setStepNotes(doc, shown(), id, notes));
export const setStepCameraFrame = (id: string, camera: CameraFrame | undefined) => commit((doc) => setStepCamera(doc, shown(), id, camera));
export const setStepToSelection = (id: string) => {
  const selection = liveSelection();
  const ids = [...selection.nodes, ...selection.edges];
  return ids.length > 0 && commit((doc) => setStepElements(doc, shown(), id, ids));
};
export const moveStepBy = (id: string, by: number) => commit((doc) => moveStep(doc, shown(), id, by));
export function deleteStep(id: string): void {
  const view = state().stepView;
  if (commit((doc) => removeStep(doc, shown(), id)) && view) state().setStepView(shown().length === 0 ? null : { ...view, index: clampIndex(view.index) });
}
export const resetToDerivedSteps = () => commit((doc) => resetSteps(doc));

// The canvas's dimming and step camera read these through presentationScope.ts (issue 15).
provideStepSelectors({ currentStep, currentScope });
