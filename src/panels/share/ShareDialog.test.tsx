// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readModelLink } from '../../io/link';
import { serializeModel } from '../../io/serialize';
import { smallModel } from '../../model/testing/editFixtures';
import { useAppStore } from '../../store/appStore';
import { ShareDialog } from './ShareDialog';

const writeText = vi.fn<(text: string) => Promise<void>>();

beforeEach(() => {
  writeText.mockReset();
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  useAppStore.setState({ doc: smallModel(), uiLang: 'en', dialog: 'share', notices: [] });
});
afterEach(cleanup);

describe('Share by link', () => {
  it('shows the link, copies it, and the link holds exactly this model', async () => {
    writeText.mockResolvedValue();
    render(<ShareDialog />);
    const dialog = screen.getByRole('dialog', { name: 'Share by link' });
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('The link is on the clipboard.'));
    const url = (within(dialog).getByLabelText('Link to this model') as HTMLInputElement).value;
    expect(writeText).toHaveBeenCalledWith(url);
    const back = readModelLink(new URL(url).hash);
    expect(back?.ok && serializeModel(back.model)).toBe(serializeModel(smallModel()));
  });

  it('says so when the browser refuses the clipboard; the link stays there to copy by hand', async () => {
    writeText.mockRejectedValue(new Error('denied'));
    render(<ShareDialog />);
    const dialog = screen.getByRole('dialog', { name: 'Share by link' });
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toMatch(/did not let the app copy/));
    expect((within(dialog).getByLabelText('Link to this model') as HTMLInputElement).value).toMatch(/#model=/);
  });

  it('a model too large for a link is refused with its length, and Export JSON is offered', async () => {
    const big = smallModel();
    for (let i = 0; i < 600; i++) big.nodes.push({ id: `n${i}`, kind: 'actor', label: `${i} ${Math.random().toString(36)}${Math.random().toString(36)}`, position: { x: i, y: i } });
    useAppStore.setState({ doc: big });
    await act(async () => render(<ShareDialog />));
    const dialog = screen.getByRole('dialog', { name: 'Share by link' });
    expect(within(dialog).getByRole('alert').textContent).toMatch(/too large for a link \([\d,]+ characters; a link should stay under 8,000\)/);
    expect(within(dialog).getByRole('button', { name: 'Export JSON' })).toBeTruthy();
    expect(writeText).not.toHaveBeenCalled();
  });
});
