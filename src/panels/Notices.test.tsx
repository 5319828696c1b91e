// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../store/appStore';
import { Notices } from './Notices';

beforeEach(() => useAppStore.setState({ notices: [], uiLang: 'en' }));
afterEach(cleanup);

describe('Notices with actions', () => {
  it('an error is an alert; its actions are buttons; keepOpen keeps it, others close it', () => {
    const ran: string[] = [];
    useAppStore.getState().notify('error', 'Your saved draft could not be read.', ['detail'], [
      { label: 'Download the unreadable draft', run: () => ran.push('download'), keepOpen: true },
      { label: 'Forget it', run: () => ran.push('forget') },
    ]);
    render(<Notices />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Your saved draft could not be read.');
    fireEvent.click(screen.getByRole('button', { name: 'Download the unreadable draft' }));
    expect(ran).toEqual(['download']);
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Forget it' }));
    expect(ran).toEqual(['download', 'forget']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('notices without actions render as before (status, dismiss button)', () => {
    useAppStore.getState().notify('info', 'Plain.');
    render(<Notices />);
    expect(screen.getByRole('status').textContent).toContain('Plain.');
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Dismiss']);
  });
});
