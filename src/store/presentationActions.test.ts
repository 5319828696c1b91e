import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TheoryModel } from '../model/types';
import { select } from './editActions';
import { endFieldEdit } from './fieldSession';
import {
  addStepFromSelection,
  currentScope,
  deleteStep,
  moveStepBy,
  renameStepField,
  resetToDerivedSteps,
  setStepCameraFrame,
  setStepNotesField,
  shownSteps,
  startPresenting,
  stepBy,
  stopPresenting,
} from './presentationActions';
import { createTestEditor, type TestEditor } from './testing/testEditor';
import { EMPTY_SELECTION } from './viewSlice';

const figure2 = JSON.parse(readFileSync('examples/figure-2.json', 'utf8')) as TheoryModel;
let editor: TestEditor;

beforeEach(() => {
  editor = createTestEditor({ state: { doc: figure2, selection: EMPTY_SELECTION, notices: [], uiLang: 'en', diagramLang: 'zh' } });
});

const names = () => shownSteps().steps.map((s) => s.name);

describe('presentation actions', () => {
  it('steps through the derived steps as view state: no undo step, the document untouched', () => {
    expect(startPresenting()).toBe(true);
    expect(editor.state().stepView).toEqual({ mode: 'present', index: 0, notes: false });
    stepBy(1);
    stepBy(-5);
    expect(editor.state().stepView?.index).toBe(0);
    for (let i = 0; i < 10; i++) stepBy(1);
    expect(editor.state().stepView?.index).toBe(6);
    expect(currentScope()?.nodes.size).toBe(figure2.nodes.length);
    stopPresenting();
    expect(editor.state().stepView).toBeNull();
    expect(editor.doc()).toBe(figure2);
    expect(editor.steps().undo).toBe(0);
  });

  it('typing a step name is one undo step, and writes the derived steps it showed', () => {
    const id = shownSteps().steps[0].id;
    for (const name of ['T', 'Th', 'The actors']) renameStepField(id, name);
    endFieldEdit();
    expect(editor.steps().undo).toBe(1);
    expect(editor.doc().presentation?.steps).toHaveLength(7);
    expect(names()[0]).toBe('The actors');
    editor.history.undo();
    expect(editor.doc().presentation).toBeUndefined();
    expect(names()[0]).toBe('关键主体');
  });

  it('each click edit is its own undo step: notes, camera, move, add, delete, reset', () => {
    const [first, second] = shownSteps().steps;
    setStepNotesField(first.id, 'Begin here');
    endFieldEdit();
    setStepCameraFrame(first.id, { x: 0, y: 0, width: 800, height: 600 });
    moveStepBy(second.id, -1);
    select(['actor-school', 'actor-student']);
    const at = addStepFromSelection('Two actors');
    expect(at).toBe(7);
    expect(names().at(-1)).toBe('Two actors');
    expect(shownSteps().steps.at(-1)?.elementIds).toEqual(['actor-school', 'actor-student']);
    deleteStep(first.id);
    expect(editor.steps().undo).toBe(5);
    expect(shownSteps().steps[0].id).toBe(second.id);
    resetToDerivedSteps();
    expect(editor.doc().presentation).toBeUndefined();
    expect(editor.steps().undo).toBe(6);
    editor.history.undo();
    editor.history.undo();
    expect(shownSteps().steps.find((s) => s.id === first.id)).toMatchObject({ notes: 'Begin here', camera: { width: 800 } });
  });

  it('adds no step without a selection, and a moved step at the end stays', () => {
    expect(addStepFromSelection('Nothing')).toBeNull();
    const last = shownSteps().steps.at(-1)!;
    moveStepBy(last.id, 1);
    expect(editor.steps().undo).toBe(0);
  });
});
