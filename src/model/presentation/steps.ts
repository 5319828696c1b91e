/**
 * Presentation steps as data (issue 14, format v5): which steps a model shows, what a step
 * shows, its speaker notes, and the pure edits of the steps panel. An edit takes the steps as
 * shown (derived ones included), so the first edit of a model without authored steps writes the
 * derived steps with the change: what the author saw is what is saved.
 */
import { localize } from '../language';
import { orderedNodes } from '../order';
import type { CameraFrame, PresentationStep, TheoryModel } from '../types';
import { defaultSteps, type StepNaming } from './defaultSteps';

/** The steps presentation mode shows: the authored ones, else those derived from the vocabulary. */
export function stepsOf(doc: TheoryModel, lang: string, naming: StepNaming): { steps: PresentationStep[]; authored: boolean } {
  if (doc.presentation) return { steps: doc.presentation.steps, authored: true };
  return { steps: defaultSteps(doc, lang, naming), authored: false };
}

/** What a step shows, and the ids it names that are gone (skipped, with a note). */
export type StepScope = { nodes: Set<string>; edges: Set<string>; missing: string[]; listedNodes: string[] };

/**
 * A step shows its listed nodes and edges, the groups around listed nodes, the members of listed
 * groups, and every edge whose two ends are shown. Node and edge ids are separate namespaces: an
 * id naming both shows both.
 */
export function stepScope(doc: TheoryModel, step: PresentationStep): StepScope {
  const nodeIds = new Set(doc.nodes.map((n) => n.id));
  const edgeIds = new Set(doc.edges.map((e) => e.id));
  const listed = new Set(step.elementIds);
  const missing = step.elementIds.filter((id) => !nodeIds.has(id) && !edgeIds.has(id));
  const nodes = new Set<string>();
  const parents = new Map(doc.nodes.map((n) => [n.id, n.parent] as const));
  const within = (id: string): boolean => {
    for (let p = parents.get(id), guard = 0; p !== undefined && guard < doc.nodes.length; p = parents.get(p), guard++) if (listed.has(p)) return true;
    return false;
  };
  const listedNodes: string[] = [];
  for (const n of doc.nodes) {
    if (listed.has(n.id)) listedNodes.push(n.id);
    if (listed.has(n.id) || within(n.id)) nodes.add(n.id);
  }
  for (const id of [...nodes]) {
    for (let p = parents.get(id), guard = 0; p !== undefined && guard < doc.nodes.length; p = parents.get(p), guard++) nodes.add(p);
  }
  const edges = new Set<string>();
  for (const e of doc.edges) if (listed.has(e.id) || (nodes.has(e.source) && nodes.has(e.target))) edges.add(e.id);
  for (const e of doc.edges) if (edges.has(e.id)) nodes.add(e.source).add(e.target);
  return { nodes, edges, missing, listedNodes };
}

/** Speaker notes: the step's notes, else the descriptions of its listed nodes (label and text). */
export type SpeakerNotes = { kind: 'notes'; text: string } | { kind: 'descriptions'; items: { label: string; text: string }[] };

export function speakerNotes(doc: TheoryModel, step: PresentationStep, lang: string): SpeakerNotes {
  if (step.notes && step.notes.trim() !== '') return { kind: 'notes', text: step.notes };
  const listed = new Set(step.elementIds);
  const items = orderedNodes(doc.nodes)
    .filter((n) => listed.has(n.id) && n.description && n.description.trim() !== '')
    .map((n) => ({ label: localize(n.label, n.labels, lang, doc.meta.language).text, text: n.description ?? '' }));
  return { kind: 'descriptions', items };
}

// ---- edits: each returns a new document, or the same object when nothing changes --------------

const withSteps = (doc: TheoryModel, steps: PresentationStep[]): TheoryModel => ({ ...doc, presentation: { steps } });

/** A step id not used by `steps`: `step-1`, `step-2`, … */
export function freshStepId(steps: readonly PresentationStep[]): string {
  const used = new Set(steps.map((s) => s.id));
  let i = steps.length + 1;
  while (used.has(`step-${i}`)) i++;
  return `step-${i}`;
}

/** Adds a step after `after` (or at the end). */
export function addStep(doc: TheoryModel, shown: readonly PresentationStep[], step: Omit<PresentationStep, 'id'>, after?: string): TheoryModel {
  const next = [...shown];
  const at = after === undefined ? next.length : next.findIndex((s) => s.id === after) + 1 || next.length;
  next.splice(at, 0, { id: freshStepId(shown), ...step });
  return withSteps(doc, next);
}

/** Changes one step; the same document when the step is absent or unchanged (and already authored). */
export function updateStep(doc: TheoryModel, shown: readonly PresentationStep[], id: string, change: (step: PresentationStep) => PresentationStep): TheoryModel {
  let changed = false;
  const next = shown.map((s) => {
    if (s.id !== id) return s;
    const updated = change(s);
    if (updated !== s) changed = true;
    return updated;
  });
  return changed ? withSteps(doc, next) : doc;
}

export const renameStep = (doc: TheoryModel, shown: readonly PresentationStep[], id: string, name: string) =>
  updateStep(doc, shown, id, (s) => (s.name === name ? s : { ...s, name }));

export const setStepNotes = (doc: TheoryModel, shown: readonly PresentationStep[], id: string, notes: string) =>
  updateStep(doc, shown, id, (s) => ((s.notes ?? '') === notes ? s : notes === '' ? withoutKey(s, 'notes') : { ...s, notes }));

export const setStepCamera = (doc: TheoryModel, shown: readonly PresentationStep[], id: string, camera: CameraFrame | undefined) =>
  updateStep(doc, shown, id, (s) => (camera ? { ...s, camera: { ...camera } } : s.camera ? withoutKey(s, 'camera') : s));

export const setStepElements = (doc: TheoryModel, shown: readonly PresentationStep[], id: string, elementIds: string[]) =>
  updateStep(doc, shown, id, (s) => ({ ...s, elementIds: [...new Set(elementIds)] }));

function withoutKey(step: PresentationStep, key: 'notes' | 'camera'): PresentationStep {
  const copy = { ...step };
  delete copy[key];
  return copy;
}

/** Moves a step `by` places (−1 up, +1 down); the same document at either end. */
export function moveStep(doc: TheoryModel, shown: readonly PresentationStep[], id: string, by: number): TheoryModel {
  const from = shown.findIndex((s) => s.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= shown.length) return doc;
  const next = [...shown];
  const [step] = next.splice(from, 1);
  next.splice(to, 0, step);
  return withSteps(doc, next);
}

export function removeStep(doc: TheoryModel, shown: readonly PresentationStep[], id: string): TheoryModel {
  if (!shown.some((s) => s.id === id)) return doc;
  return withSteps(doc, shown.filter((s) => s.id !== id));
}

/** Back to the derived steps: the authored ones are removed from the document. */
export function resetSteps(doc: TheoryModel): TheoryModel {
  if (!doc.presentation) return doc;
  const copy = { ...doc };
  delete copy.presentation;
  return copy;
}
