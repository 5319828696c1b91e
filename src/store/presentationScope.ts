/**
 * What the canvas needs of the presentation at all times (issue 14): the current step and what it
 * shows, for the dimming and the step camera. Nothing is presented or previewed (`stepView` is
 * null) until the presentation's actions have run — presentationActions.ts, with the step model,
 * loaded when a presentation starts or the steps panel opens (issue 15, first load) — and that
 * module provides the real selectors as it loads. Until then both are null.
 */
import type { StepScope } from '../model/presentation/steps';
import type { PresentationStep } from '../model/types';
import type { AppState } from './appStore';

type StepSelectors = { currentStep: (s: AppState) => PresentationStep | null; currentScope: (s: AppState) => StepScope | null };
let selectors: StepSelectors | undefined;

/** Called by presentationActions.ts as it loads. */
export function provideStepSelectors(real: StepSelectors): void {
  selectors = real;
}

/** The step the canvas shows now, if any. */
export const currentStep = (s: AppState): PresentationStep | null => (s.stepView && selectors ? selectors.currentStep(s) : null);

/** What the current step shows, the same object while the step and the document are. */
export const currentScope = (s: AppState): StepScope | null => (s.stepView && selectors ? selectors.currentScope(s) : null);
