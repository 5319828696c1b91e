// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blankModel } from '../../model/blank';
import type { TheoryModel } from '../../model/types';
import { history, useAppStore } from '../../store/appStore';
import { createTestEditor } from '../../store/testing/testEditor';
import { activeFieldEdit } from '../../store/fieldSession';
import { Inspector } from './Inspector';
import { lazyPartsLoaded } from '../../canvas/testing/lazyParts';

function model(): TheoryModel {
  return {
    ...blankModel('理论模型', new Date(0)),
    nodes: [
      { id: 'school', kind: 'actor', label: '学校', position: { x: 0, y: 0 }, labels: { en: 'School' } },
      { id: 'firm', kind: 'actor', label: '企业', position: { x: 0, y: 0 } },
      { id: 'bank', kind: 'resource', label: '题库', position: { x: 0, y: 0 } },
      { id: 'why', kind: 'driver', label: '盈利', position: { x: 0, y: 0 } },
    ],
    edges: [
      { id: 'coop', source: 'school', target: 'firm', relation: 'cooperates' },
      { id: 'prov', source: 'school', target: 'bank', relation: 'provides' },
    ],
  };
}

function select(nodes: string[], edges: string[] = []) {
  act(() => useAppStore.getState().setSelection({ nodes: new Set(nodes), edges: new Set(edges) }));
}

const doc = () => useAppStore.getState().doc;
const node = (id: string) => doc().nodes.find((n) => n.id === id)!;

beforeEach(() => {
  createTestEditor({ state: { doc: model(), uiLang: 'en', diagramLang: 'zh', notices: [], selection: { nodes: new Set(), edges: new Set() } } });
});
afterEach(() => {
  cleanup();
  expect(history().isTracking).toBe(true);
});

describe('Inspector', () => {
  it('renames the selected node through "Label": the store follows every key, history gets one step', async () => {
    const user = userEvent.setup();
    render(<Inspector />);
    select(['school']);
    await lazyPartsLoaded();
    const panel = screen.getByRole('complementary', { name: 'Inspector' });
    const label = within(panel).getByRole('textbox', { name: 'Label' });
    expect(label.tagName).toBe('TEXTAREA');
    expect(label).toHaveProperty('value', '学校');
    await user.clear(label);
    expect(node('school').label).toBe('');
    await user.type(label, 'Y 职业学校 of Ningbo!');
    expect(node('school').label).toBe('Y 职业学校 of Ningbo!');
    expect(node('school').labels).toEqual({ en: 'School' });
    await user.tab();
    expect(activeFieldEdit()).toBeNull();
    expect(history().pastStates).toHaveLength(1);
    act(() => history().undo());
    expect(node('school').label).toBe('学校');
    expect(label).toHaveProperty('value', '学校');
  });

  it('edits the English translation in "Label (English)" and removes it when emptied', async () => {
    const user = userEvent.setup();
    render(<Inspector />);
    await lazyPartsLoaded();
    select(['firm']);
    const english = screen.getByRole('textbox', { name: 'Label (English)' });
    expect(english).toHaveProperty('placeholder', '企业');
    await user.type(english, 'Enterprise');
    expect(node('firm').labels).toEqual({ en: 'Enterprise' });
    await user.clear(english);
    expect(node('firm')).not.toHaveProperty('labels');
    expect(history().pastStates).toHaveLength(1);
  });

  it('undoes the model with Ctrl+Z inside the field, and the field shows the undone value', async () => {
    const user = userEvent.setup();
    render(<Inspector />);
    await lazyPartsLoaded();
    select(['school']);
    const label = screen.getByRole('textbox', { name: 'Label' });
    await user.type(label, '甲乙');
    expect(node('school').label).toBe('学校甲乙');
    await user.keyboard('{Control>}z{/Control}');
    expect(node('school').label).toBe('学校');
    expect(label).toHaveProperty('value', '学校');
    expect(document.activeElement).toBe(label);
    await user.type(label, '丙');
    expect(node('school').label).toBe('学校丙');
    expect(history().pastStates).toHaveLength(1);
    expect(history().futureStates).toHaveLength(0);
  });

  it('retypes a node through "Kind" in one step and reports re-typed relations', async () => {
    const user = userEvent.setup();
    render(<Inspector />);
    await lazyPartsLoaded();
    select(['bank']);
    const kind = screen.getByRole('combobox', { name: 'Kind' });
    await user.selectOptions(kind, 'actor');
    expect(node('bank').kind).toBe('actor');
    expect(doc().edges.find((e) => e.id === 'prov')?.relation).toBe('cooperates');
    expect(history().pastStates).toHaveLength(1);
    const notice = useAppStore.getState().notices.at(-1)!;
    expect(notice.tone).toBe('info');
    expect(notice.details).toEqual(['学校 → 题库: 提供 → 合作']);
  });

  it('refuses a kind that would leave a relation with no allowed type, and says which', async () => {
    const user = userEvent.setup();
    render(<Inspector />);
    await lazyPartsLoaded();
    select(['school']);
    const before = doc();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'driver');
    expect(doc()).toBe(before);
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveProperty('value', 'actor');
    const notice = useAppStore.getState().notices.at(-1)!;
    expect(notice.tone).toBe('warning');
    expect(notice.details).toContain('学校 → 题库: 提供');
  });

  it('lists only the relation types allowed between an edge’s ends', async () => {
    render(<Inspector />);
    select([], ['coop']);
    await lazyPartsLoaded();
    const relation = screen.getByRole('combobox', { name: 'Relation' });
    const options = within(relation).getAllByRole('option').map((o) => o.getAttribute('value'));
    expect(options).toEqual(['cooperates']);
    expect(screen.getByRole('textbox', { name: 'Label' })).toHaveProperty('value', '');
  });

  it('edits the document with nothing selected: title, authors as text, language', async () => {
    const user = userEvent.setup();
    render(<Inspector />);
    await lazyPartsLoaded();
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.type(title, '（草稿）');
    expect(doc().meta.title).toBe('理论模型（草稿）');
    const authors = screen.getByRole('textbox', { name: 'Authors' });
    await user.type(authors, '赵佳莹, Li');
    expect(authors).toHaveProperty('value', '赵佳莹, Li');
    expect(doc().meta.authors).toEqual(['赵佳莹', 'Li']);
    const language = screen.getByRole('textbox', { name: 'Language' });
    await user.clear(language);
    await user.type(language, 'zh_CN');
    expect(language.getAttribute('aria-invalid')).toBe('true');
    await user.tab();
    expect(history().pastStates).toHaveLength(3);
  });

  it('retypes several selected elements at once from one Kind select', async () => {
    const user = userEvent.setup();
    render(<Inspector />);
    select(['firm', 'bank']);
    await lazyPartsLoaded();
    expect(screen.getByText('2 selected')).toBeTruthy();
    const kind = screen.getByRole('combobox', { name: 'Kind' });
    expect(kind).toHaveProperty('value', '');
    await user.selectOptions(kind, 'resource');
    expect(node('firm').kind).toBe('resource');
    expect(node('bank').kind).toBe('resource');
    // school → firm was "cooperates" (actor → actor); actor → resource is "provides".
    expect(doc().edges.find((e) => e.id === 'coop')?.relation).toBe('provides');
    expect(history().pastStates).toHaveLength(1);
  });

  it('ends the field edit when the selection changes, so the next field is a new step', async () => {
    const user = userEvent.setup();
    render(<Inspector />);
    await lazyPartsLoaded();
    select(['school']);
    await user.type(screen.getByRole('textbox', { name: 'Label' }), 'A');
    select(['firm']);
    expect(activeFieldEdit()).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Label' }), 'B');
    expect(history().pastStates).toHaveLength(2);
  });

  it('starts editing a just-added node’s label: focused, text selected; Enter ends the edit (issue 14)', async () => {
    const user = userEvent.setup();
    render(<Inspector />);
    await lazyPartsLoaded();
    act(() => {
      useAppStore.getState().setSelection({ nodes: new Set(['firm']), edges: new Set() });
      useAppStore.getState().setLabelEditFor('firm');
    });
    const label = screen.getByRole('textbox', { name: 'Label' }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(label);
    expect([label.selectionStart, label.selectionEnd]).toEqual([0, '企业'.length]);
    // The request is taken: it does not fire again on the next render.
    expect(useAppStore.getState().labelEditFor).toBeNull();
    await user.keyboard('工厂{Enter}');
    expect(node('firm').label).toBe('工厂');
    expect(activeFieldEdit()).toBeNull();
    // Enter ended the edit rather than adding a new line.
    expect(label.value).toBe('工厂');
    expect(history().pastStates).toHaveLength(1);
  });
});
