// @vitest-environment jsdom
import { inEnglish } from '../../i18n/message';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { history, useAppStore } from '../../store/appStore';
import { importExample } from '../../io/examples';
import type { TheoryModel } from '../../model/types';
import { EMPTY_SELECTION } from '../../store/viewSlice';
import { LayoutControls } from './LayoutControls';
import { lazyPartsLoaded } from '../../canvas/testing/lazyParts';

let figure2: TheoryModel;
beforeAll(async () => {
  // Through the app's own example loader: jsdom's import.meta.url is not a file URL.
  const result = await importExample('figure-2');
  if (!result.ok) throw new Error(inEnglish(result.error.message));
  figure2 = result.model;
});

beforeEach(() => {
  useAppStore.setState({ doc: figure2, selection: EMPTY_SELECTION, notices: [], uiLang: 'en', diagramLang: 'en', layoutChoice: 'figure', layoutRunning: false });
  history().clear();
});
afterEach(cleanup);

/** Opens the menu; it is loaded when first opened (issue 15). */
const openMenu = async () => {
  fireEvent.click(screen.getByRole('button', { name: 'Layout options' }));
  await lazyPartsLoaded();
  return screen.getByRole('menu', { name: 'Layout options' });
};

describe('LayoutControls', () => {
  it('is a split button: "Auto layout" and a menu button that opens a menu of radio items', async () => {
    render(<LayoutControls />);
    expect(screen.getByRole('button', { name: 'Auto layout' })).toBeTruthy();
    const options = screen.getByRole('button', { name: 'Layout options' });
    expect(options.getAttribute('aria-haspopup')).toBe('menu');
    expect(options.getAttribute('aria-expanded')).toBe('false');
    const menu = await openMenu();
    expect(options.getAttribute('aria-expanded')).toBe('true');
    const items = within(menu).getAllByRole('menuitemradio');
    expect(items.map((i) => i.textContent)).toEqual([
      'Figure (bands by kind)', 'Layered, left → right', 'Layered, top → down', 'Organic (small models)', 'Radial around the selected node', 'Selection only',
    ]);
    expect(items.map((i) => i.getAttribute('aria-checked'))).toEqual(['true', 'false', 'false', 'false', 'false', 'false']);
    // Radial needs exactly one selected node, Selection only some selection.
    expect(items.map((i) => (i as HTMLButtonElement).disabled)).toEqual([false, false, false, false, true, true]);
    act(() => useAppStore.setState({ selection: { nodes: new Set(['actor-school']), edges: new Set() } }));
    expect((within(menu).getByRole('menuitemradio', { name: 'Radial around the selected node' }) as HTMLButtonElement).disabled).toBe(false);
    act(() => useAppStore.setState({ selection: { nodes: new Set(['actor-school', 'actor-student']), edges: new Set() } }));
    expect((within(menu).getByRole('menuitemradio', { name: 'Radial around the selected node' }) as HTMLButtonElement).disabled).toBe(true);
    expect((within(menu).getByRole('menuitemradio', { name: 'Selection only' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('closes on Escape and gives focus back to the menu button', async () => {
    render(<LayoutControls />);
    const menu = await openMenu();
    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Layout options' }));
  });

  it('while a layout runs: Auto layout is off, "Laying out…" is announced and Cancel layout is offered', () => {
    render(<LayoutControls />);
    expect(screen.queryByRole('button', { name: 'Cancel layout' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
    act(() => useAppStore.setState({ layoutRunning: true }));
    expect((screen.getByRole('button', { name: 'Auto layout' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Laying out…');
    expect(screen.getByRole('button', { name: 'Cancel layout' })).toBeTruthy();
  });

  it('Figure settings edit the model: direction and a kind\'s band, one undo step each', async () => {
    render(<LayoutControls />);
    await openMenu();
    const settings = screen.getByRole('region', { name: 'Figure settings' });
    fireEvent.click(within(settings).getByRole('radio', { name: 'Top → down' }));
    // The layout actions load with the first change (issue 15).
    await vi.waitFor(() => expect(useAppStore.getState().doc.layout?.direction).toBe('DOWN'), { timeout: 15_000 });
    const band = within(settings).getByRole('combobox', { name: 'Band for Key resource' }) as HTMLSelectElement;
    expect(band.value).toBe('2');
    expect([...band.options].map((o) => o.textContent)).toEqual(['Band 1', 'Band 2', 'Band 3', 'Band 4 (new)', 'After the bands']);
    fireEvent.change(band, { target: { value: '1' } });
    await vi.waitFor(() => expect(useAppStore.getState().doc.layout?.bands).toEqual([['driver'], ['actor', 'resource']]), { timeout: 15_000 });
    expect(history().pastStates).toHaveLength(2);
  });
});
