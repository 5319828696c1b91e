// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { provideServices } from '../commands/services';
import { commands } from '../commands/table';
import { translator } from '../i18n/translate';
import { smallModel } from '../model/testing/editFixtures';
import { history, useAppStore } from '../store/appStore';
import { createTestEditor } from '../store/testing/testEditor';
import { EMPTY_SELECTION } from '../store/viewSlice';
import { Palette } from './Palette';
import { ShortcutsHelp } from './ShortcutsHelp';
import { useShortcuts } from './useShortcuts';

const tEn = translator('en');

function Keys() {
  useShortcuts();
  return null;
}

beforeEach(() => {
  createTestEditor({ state: { doc: smallModel(), selection: EMPTY_SELECTION, notices: [], uiLang: 'en', dialog: null, lastKind: null } });
});
afterEach(cleanup);

describe('Palette', () => {
  it('has a button per kind named in the UI language, plus a group; a click adds and selects a node', () => {
    const restore = provideServices({ viewCenter: () => ({ x: 0, y: 0 }) });
    render(<Palette />);
    const bar = screen.getByRole('toolbar', { name: 'Add elements' });
    const names = within(bar).getAllByRole('button').map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(['Add Key actor', 'Add Driver', 'Add Key resource', 'Add group']);
    fireEvent.click(screen.getByRole('button', { name: 'Add Driver' }));
    const added = useAppStore.getState().doc.nodes.at(-1)!;
    expect(added.kind).toBe('driver');
    expect([...useAppStore.getState().selection.nodes]).toEqual([added.id]);
    expect(history().pastStates).toHaveLength(1);
    restore();
  });
  it('names the kinds in Chinese for the Chinese UI', () => {
    useAppStore.setState({ uiLang: 'zh' });
    render(<Palette />);
    expect(screen.getByRole('button', { name: '添加关键主体' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '添加分组' })).toBeTruthy();
  });
});

describe('keyboard and shortcuts help', () => {
  it('? opens a dialog listing every command with its shortcut; Escape closes it', () => {
    render(
      <>
        <Keys />
        <ShortcutsHelp />
      </>,
    );
    act(() => void fireEvent.keyDown(document.body, { key: '?', shiftKey: true }));
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const c of commands) expect(within(dialog).getAllByText(tEn(c.label)).length).toBeGreaterThan(0);
    expect(within(dialog).getByText('Ctrl+Shift+G')).toBeTruthy();
    // Keys inside the dialog do not reach the app: Delete here deletes nothing.
    useAppStore.setState({ selection: { nodes: new Set(['a1']), edges: new Set() } });
    fireEvent.keyDown(dialog, { key: 'Delete' });
    expect(useAppStore.getState().doc.nodes.some((n) => n.id === 'a1')).toBe(true);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
  it('Delete removes the selection; Ctrl+V is left to the browser’s paste event', () => {
    render(<Keys />);
    useAppStore.setState({ selection: { nodes: new Set(['a2']), edges: new Set() } });
    fireEvent.keyDown(document.body, { key: 'Delete' });
    expect(useAppStore.getState().doc.nodes.some((n) => n.id === 'a2')).toBe(false);
    const paste = new KeyboardEvent('keydown', { key: 'v', ctrlKey: true, bubbles: true, cancelable: true });
    document.body.dispatchEvent(paste);
    expect(paste.defaultPrevented).toBe(false);
    const group = new KeyboardEvent('keydown', { key: 'g', ctrlKey: true, bubbles: true, cancelable: true });
    useAppStore.setState({ selection: { nodes: new Set(['r1']), edges: new Set() } });
    document.body.dispatchEvent(group);
    expect(group.defaultPrevented).toBe(true);
    expect(useAppStore.getState().doc.nodes.find((n) => n.id === 'r1')!.parent).toBeDefined();
  });
});
