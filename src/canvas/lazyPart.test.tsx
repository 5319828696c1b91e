// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyPart } from './lazyPart';

function Hello({ who }: { who: string }) {
  return <p>Hello {who}</p>;
}

describe('lazyPart', () => {
  afterEach(cleanup);

  it('shows nothing while its chunk is missing, and the part once it arrives', async () => {
    let resolve!: (m: { Hello: typeof Hello }) => void;
    const Part = lazyPart(() => new Promise<{ Hello: typeof Hello }>((r) => (resolve = r)), 'Hello', { preload: false });
    const { container } = render(<Part who="world" />);
    expect(container.textContent).toBe('');
    await act(async () => resolve({ Hello }));
    expect(screen.getByText('Hello world')).toBeTruthy();
  });

  it('a download that failed (offline) is tried again when the browser is back online, with no crash', async () => {
    let calls = 0;
    const Part = lazyPart(
      () => {
        calls++;
        return calls === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve({ Hello });
      },
      'Hello',
      { preload: false },
    );
    const { container } = render(<Part who="again" />);
    await act(async () => {});
    expect(calls).toBe(1);
    expect(container.textContent).toBe('');
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    expect(calls).toBe(2);
    expect(screen.getByText('Hello again')).toBeTruthy();
  });
});
