// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand } from '../../commands/run';
import { findCommand } from '../../commands/table';
import { figure2Model, vocabularyProblems } from '../../model/testing/validity';
import { history, useAppStore } from '../../store/appStore';
import { createTestEditor } from '../../store/testing/testEditor';
import { VocabularyDialog } from './VocabularyDialog';

const doc = () => useAppStore.getState().doc;

async function openEditor() {
  render(<VocabularyDialog />);
  await act(() => runCommand(findCommand('editVocabulary')!));
  return screen.getByRole('dialog', { name: 'Vocabulary' });
}

beforeEach(() => {
  createTestEditor({ state: { doc: figure2Model(), uiLang: 'en', diagramLang: 'en', dialog: null, notices: [] } });
});
afterEach(() => {
  cleanup();
  expect(history().isTracking).toBe(true);
});

describe('VocabularyDialog', () => {
  it('opens from the "Edit vocabulary" command and lists kinds and relation types', async () => {
    const dialog = await openEditor();
    expect(within(dialog).getByRole('group', { name: 'Key actor' })).toBeTruthy();
    expect(within(dialog).getByRole('group', { name: 'Takes part with' })).toBeTruthy();
    await userEvent.setup().click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('recolours a kind with one undo step for the whole picker visit', async () => {
    const dialog = await openEditor();
    const colour = within(within(dialog).getByRole('group', { name: 'Key actor' })).getByLabelText('Colour');
    fireEvent.change(colour, { target: { value: '#aa0000' } });
    fireEvent.change(colour, { target: { value: '#ff0000' } });
    fireEvent.blur(colour);
    expect(doc().vocabulary.nodeKinds.find((k) => k.id === 'actor')?.color).toBe('#ff0000');
    expect(history().pastStates).toHaveLength(1);
  });

  it('restyles a relation type: all five patterns, width and head, one undo step each', async () => {
    const dialog = await openEditor();
    const user = userEvent.setup();
    const row = within(dialog).getByRole('group', { name: 'Supports' });
    const pattern = within(row).getByRole('combobox', { name: 'Line' });
    expect(within(pattern).getAllByRole('option').map((o) => o.textContent)).toEqual(['Solid', 'Dashed', 'Dotted', 'Dash-dot', 'Long dash']);
    await user.selectOptions(pattern, 'dashdot');
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Line width' }), '3');
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Arrowhead shape' }), 'circle');
    const supports = () => doc().vocabulary.relationTypes.find((r) => r.id === 'supports');
    expect(supports()).toMatchObject({ line: 'dashdot', width: 3, head: 'circle' });
    expect(history().pastStates).toHaveLength(3);
    await act(() => history().undo());
    expect(supports()).toMatchObject({ line: 'dashdot', width: 3 });
    expect(supports()?.head).not.toBe('circle');
    expect(vocabularyProblems(doc())).toEqual([]);
  });

  it('removes a used relation type after asking for its replacement, in one step, leaving a valid model', async () => {
    const user = userEvent.setup();
    const dialog = await openEditor();
    const moved = doc().edges.filter((e) => e.relation === 'takes-part').map((e) => e.id);
    const row = within(dialog).getByRole('group', { name: 'Takes part with' });
    await user.click(within(row).getByRole('button', { name: 'Remove Takes part with' }));
    expect(doc().vocabulary.relationTypes.some((r) => r.id === 'takes-part')).toBe(true); // not yet: it asks first
    expect(within(row).getByText('2 relations are “Takes part with”. Which type should they become?')).toBeTruthy();
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Replace with' }), 'cooperates');
    await user.click(within(row).getByRole('button', { name: 'Remove and reassign' }));
    expect(doc().vocabulary.relationTypes.some((r) => r.id === 'takes-part')).toBe(false);
    for (const id of moved) expect(doc().edges.find((e) => e.id === id)?.relation).toBe('cooperates');
    expect(vocabularyProblems(doc())).toEqual([]);
    expect(history().pastStates).toHaveLength(1);
    act(() => history().undo());
    expect(doc().vocabulary.relationTypes.some((r) => r.id === 'takes-part')).toBe(true);
  });

  it('previews how a restricted replacement is widened', async () => {
    const user = userEvent.setup();
    const dialog = await openEditor();
    const row = within(dialog).getByRole('group', { name: 'Motivates' });
    await user.click(within(row).getByRole('button', { name: 'Remove Motivates' }));
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Replace with' }), 'provides');
    expect(within(row).getByText('“Provides” will also be allowed to start from: Driver.')).toBeTruthy();
  });

  it('adds, renames, reorders and removes an unused kind', async () => {
    const user = userEvent.setup();
    const dialog = await openEditor();
    await user.type(within(dialog).getByRole('textbox', { name: 'New kind name' }), 'Government{Enter}');
    const added = doc().vocabulary.nodeKinds.at(-1)!;
    expect(added.id).toBe('government');
    const row = within(dialog).getByRole('group', { name: 'Government' });
    await user.type(within(row).getByRole('textbox', { name: 'Name (中文)' }), '{Control>}a{/Control}政府');
    expect(doc().vocabulary.nodeKinds.at(-1)?.label).toBe('政府');
    await user.click(within(row).getByRole('button', { name: 'Move Government up' }));
    expect(doc().vocabulary.nodeKinds.at(-2)?.id).toBe('government');
    expect(within(row).getByRole('button', { name: 'Remove Government' })).toBeTruthy();
    await user.click(within(row).getByRole('button', { name: 'Remove Government' }));
    expect(doc().vocabulary.nodeKinds.some((k) => k.id === 'government')).toBe(false);
    expect(history().pastStates).toHaveLength(4);
  });

  it('does not let a relation rule drop a kind its edges use', async () => {
    const dialog = await openEditor();
    const row = within(dialog).getByRole('group', { name: 'Motivates' });
    const from = within(row).getByRole('group', { name: 'From' });
    expect(within(from).getByRole('checkbox', { name: 'Driver' })).toHaveProperty('disabled', true);
    const resource = within(from).getByRole('checkbox', { name: 'Key resource' });
    expect(resource).toHaveProperty('disabled', false);
    await userEvent.setup().click(resource);
    expect(doc().vocabulary.relationTypes.find((r) => r.id === 'motivates')?.from).toEqual(['driver', 'resource']);
  });
});
