// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { provideServices } from '../../commands/services';
import { smallModel } from '../../model/testing/editFixtures';
import { history, useAppStore } from '../../store/appStore';
import { createTestEditor } from '../../store/testing/testEditor';
import { EMPTY_SELECTION } from '../../store/viewSlice';
import { ToolPanels } from '../ToolPanels';
import { lazyPartsLoaded } from '../../canvas/testing/lazyParts';

const revealed: string[][] = [];
let restore: () => void;

beforeEach(() => {
  // smallModel: actor a2 has no driver.
  createTestEditor({ state: { doc: smallModel(), uiLang: 'en', diagramLang: 'en', selection: EMPTY_SELECTION, toolPanel: 'problems', problemsFilter: null, notices: [], dialog: null } });
  revealed.length = 0;
  restore = provideServices({ reveal: (ids) => revealed.push([...ids]) });
});
afterEach(() => {
  cleanup();
  restore();
});

describe('Problems panel', () => {
  it('lists the problems in words; clicking one selects its element and brings it into view', async () => {
    render(<ToolPanels />);
    await lazyPartsLoaded();
    const panel = screen.getByRole('region', { name: 'Problems' });
    expect(within(panel).getByRole('status').textContent).toBe('Problems found: 1');
    const problem = within(panel).getByRole('button', { name: /Warning.*Key actor “A2” has no driver\./ });
    fireEvent.click(problem);
    expect([...useAppStore.getState().selection.nodes]).toEqual(['a2']);
    expect(revealed).toEqual([['a2']]);
  });

  it('switching a check off is one undoable edit saved with the model', async () => {
    render(<ToolPanels />);
    await lazyPartsLoaded();
    const panel = screen.getByRole('region', { name: 'Problems' });
    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Every key actor has at least one driver' }));
    expect(useAppStore.getState().doc.checks).toEqual({ disabled: ['actor-has-driver'] });
    expect(within(panel).getByRole('status').textContent).toBe('No problems found.');
    expect(history().pastStates).toHaveLength(1);
    history().undo();
    expect(useAppStore.getState().doc.checks).toBeUndefined();
  });

  it('speaks Chinese in the Chinese UI', async () => {
    useAppStore.setState({ uiLang: 'zh', diagramLang: 'zh' });
    render(<ToolPanels />);
    await lazyPartsLoaded();
    const panel = screen.getByRole('region', { name: '问题' });
    expect(within(panel).getByRole('button', { name: /关键主体“A2”没有关键驱动力。/ })).toBeTruthy();
  });
});
