// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand } from '../../commands/run';
import { findCommand } from '../../commands/table';
import { validModel } from '../../io/testing/fixtures';
import { useAppStore } from '../../store/appStore';
import { ExportDialog } from './ExportDialog';

// The publication options' wiring (jsdom has no layout; the files are checked in tests/e2e/publication.spec.ts).
async function open(command: string) {
  render(
    <ReactFlowProvider>
      <ExportDialog />
    </ReactFlowProvider>,
  );
  await act(() => runCommand(findCommand(command)!));
  return screen.getByRole('dialog', { name: useAppStore.getState().uiLang === 'zh' ? '导出图片' : 'Export image' });
}

beforeEach(() => useAppStore.setState({ doc: validModel(), uiLang: 'en', diagramLang: 'zh', dialog: null, notices: [] }));
afterEach(cleanup);

describe('publication options in the export dialog', () => {
  it('Export PDF opens the dialog with PDF chosen, a page choice and no pixel size', async () => {
    const dialog = await open('exportPdf');
    expect(within(dialog).getByRole('radio', { name: 'PDF' })).toHaveProperty('checked', true);
    const pages = within(within(dialog).getByRole('combobox', { name: 'Page' })).getAllByRole('option').map((o) => o.textContent);
    expect(pages).toEqual(['Figure size', 'A4 portrait', 'A4 landscape', 'Letter portrait', 'Letter landscape']);
    expect(within(dialog).queryByRole('combobox', { name: 'Size' })).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Copy image' })).toBeNull();
    expect(within(dialog).getByRole('checkbox', { name: 'Black and white (for greyscale print)' })).toHaveProperty('checked', false);
  });

  it('SVG offers named fonts (the default), embedded fonts and outlines; PNG offers none of them', async () => {
    const user = userEvent.setup();
    const dialog = await open('exportSvg');
    const text = within(dialog).getByRole('combobox', { name: 'Text' }) as HTMLSelectElement;
    expect(text.value).toBe('text');
    expect(within(text).getAllByRole('option').map((o) => o.textContent)).toEqual(['Named fonts (editable text)', 'Embed the fonts (subset)', 'Outlines (for Word, PowerPoint, Inkscape)']);
    await user.click(within(dialog).getByRole('radio', { name: 'PNG' }));
    expect(within(dialog).queryByRole('combobox', { name: 'Text' })).toBeNull();
    expect(within(dialog).queryByRole('combobox', { name: 'Page' })).toBeNull();
    expect(within(dialog).getByRole('combobox', { name: 'Size' })).toBeTruthy();
  });

  it('is in Chinese in the Chinese UI, with Export PDF in the command table', async () => {
    useAppStore.setState({ uiLang: 'zh' });
    const dialog = await open('exportPdf');
    expect(within(dialog).getByRole('combobox', { name: '页面' })).toBeTruthy();
    expect(within(dialog).getByRole('checkbox', { name: '黑白（用于灰度印刷）' })).toBeTruthy();
    expect(findCommand('exportPdf')!.enabled!({ ...useAppStore.getState(), doc: { ...validModel(), nodes: [] } }, { canUndo: false, canRedo: false })).toBe(false);
  });
});
