// @vitest-environment jsdom
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { pressWatch, useHeldWhilePressed } from './heldWhilePressed';

function Shown({ value }: { value: string }) {
  return <output>{useHeldWhilePressed(value)}</output>;
}

function page(value: string) {
  return (
    <>
      <div className="react-flow">
        <div data-testid="node">node</div>
      </div>
      <button type="button">outside</button>
      <Shown value={value} />
    </>
  );
}

/** The page with `value` shown, and a function that reads what is shown. */
function mount(value: string) {
  const view = render(page(value));
  return { view, shown: () => view.container.querySelector('output')!.textContent };
}

describe('a value held while the canvas is pressed', () => {
  afterEach(cleanup);

  it('keeps what it was at the press until the release, then follows', () => {
    const { view, shown } = mount('a');
    fireEvent.pointerDown(view.getByTestId('node'), { button: 0 });
    view.rerender(page('b'));
    expect(shown()).toBe('a');
    act(() => void window.dispatchEvent(new Event('pointerup')));
    expect(shown()).toBe('b');
  });

  it('follows at once for a press outside the canvas, a right press, or after a cancelled press', () => {
    const { view, shown } = mount('a');
    fireEvent.pointerDown(view.getByRole('button'), { button: 0 });
    view.rerender(page('b'));
    expect(shown()).toBe('b');
    fireEvent.pointerDown(view.getByTestId('node'), { button: 2 });
    view.rerender(page('c'));
    expect(shown()).toBe('c');
    fireEvent.pointerDown(view.getByTestId('node'), { button: 0 });
    view.rerender(page('d'));
    expect(shown()).toBe('c');
    act(() => void window.dispatchEvent(new Event('pointercancel')));
    expect(shown()).toBe('d');
  });
});

describe('pressWatch', () => {
  it('is pressed from a press on the canvas until its release, and a field losing focus does not end it', () => {
    const flow = document.createElement('div');
    flow.className = 'react-flow';
    const field = document.createElement('input');
    document.body.append(flow, field);
    field.focus();
    const watch = pressWatch();
    const stop = watch.subscribe(() => {});
    flow.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0 }));
    field.blur();
    expect(watch.isPressed()).toBe(true);
    window.dispatchEvent(new Event('blur'));
    expect(watch.isPressed()).toBe(false);
    stop();
    flow.remove();
    field.remove();
  });
});
