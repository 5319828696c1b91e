// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand } from '../../commands/run';
import { findCommand } from '../../commands/table';
import { validModel } from '../../io/testing/fixtures';
import { useAppStore } from '../../store/appStore';
import { createTestEditor } from '../../store/testing/testEditor';
import { ExportDialog } from './ExportDialog';

// Structure and wiring only: jsdom has no layout, so the image itself is tested in the browser
// (tests/e2e/export.spec.ts).
async function open(command: 'exportPng' | 'exportSvg') {
  render(
    <ReactFlowProvider>
      <ExportDialog />
    </ReactFlowProvider>,
  );
  await act(() => runCommand(findCommand(command)!));
  return screen.getByRole('dialog', { name: 'Export image' });
}

beforeEach(() => void createTestEditor({ state: { doc: validModel(), uiLang: 'en', diagramLang: 'zh', dialog: null, notices: [] } }));
afterEach(cleanup);

describe('ExportDialog', () => {
  it('opens from Export SVG with SVG chosen and the defaults: 2×, white, title and legend on', async () => {
    const dialog = await open('exportSvg');
    expect(within(dialog).getByRole('radio', { name: 'SVG' })).toHaveProperty('checked', true);
    expect((within(dialog).getByRole('combobox', { name: 'Size' }) as HTMLSelectElement).value).toBe('scale:2');
    expect(within(dialog).getByRole('radio', { name: 'White' })).toHaveProperty('checked', true);
    expect(within(dialog).getByRole('checkbox', { name: 'Include the title' })).toHaveProperty('checked', true);
    expect(within(dialog).getByRole('checkbox', { name: 'Include the legend' })).toHaveProperty('checked', true);
    expect(within(dialog).queryByRole('button', { name: 'Copy image' })).toBeNull(); // PNG only
    expect(within(dialog).getByRole('button', { name: 'Download' })).toBeTruthy();
  });

  it('offers Copy image for PNG, scales and print DPIs, and closes on Cancel', async () => {
    const user = userEvent.setup();
    const dialog = await open('exportPng');
    expect(within(dialog).getByRole('button', { name: 'Copy image' })).toBeTruthy();
    const options = within(within(dialog).getByRole('combobox', { name: 'Size' })).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['1×', '2×', '3×', '4×', '96 dpi', '150 dpi', '300 dpi']);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(useAppStore.getState().dialog).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('speaks Chinese in the Chinese UI', async () => {
    useAppStore.setState({ uiLang: 'zh' });
    render(
      <ReactFlowProvider>
        <ExportDialog />
      </ReactFlowProvider>,
    );
    await act(() => runCommand(findCommand('exportPng')!));
    const dialog = screen.getByRole('dialog', { name: '导出图片' });
    expect(within(dialog).getByRole('button', { name: '下载' })).toBeTruthy();
    expect(within(dialog).getByRole('checkbox', { name: '包含图例' })).toBeTruthy();
  });
});
