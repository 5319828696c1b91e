import { describe, expect, it } from 'vitest';
import { hoverHandlers } from './NodeHandles';
import { sameLook } from './ElementNode';

/** A window stand-in: the pointerup listeners hoverHandlers leaves, fired by `release`. */
function fakeWindow() {
  let listeners: (() => void)[] = [];
  return {
    addEventListener: (_type: string, fn: () => void) => void listeners.push(fn),
    release: () => {
      const now = listeners;
      listeners = [];
      now.forEach((fn) => fn());
    },
    count: () => listeners.length,
  };
}

describe('node hover', () => {
  it('follows the pointer when no button is held', () => {
    const seen: boolean[] = [];
    const h = hoverHandlers((on) => seen.push(on), () => false, fakeWindow() as unknown as Window);
    h.onPointerEnter({ buttons: 0 });
    h.onPointerLeave({ buttons: 0 });
    expect(seen).toEqual([true, false]);
  });

  it('holds still while a node is dragged, and takes the last state on release', () => {
    const seen: boolean[] = [];
    const win = fakeWindow();
    const h = hoverHandlers((on) => seen.push(on), () => false, win as unknown as Window);
    h.onPointerEnter({ buttons: 0 });
    // The drag: the node lags behind the pointer, which leaves and re-enters it frame after frame.
    for (let i = 0; i < 5; i++) {
      h.onPointerLeave({ buttons: 1 });
      h.onPointerEnter({ buttons: 1 });
    }
    h.onPointerLeave({ buttons: 1 });
    expect(seen).toEqual([true]);
    expect(win.count()).toBe(1);
    win.release();
    expect(seen).toEqual([true, false]);
  });

  it('still hovers the target of a connection drag', () => {
    const seen: boolean[] = [];
    const h = hoverHandlers((on) => seen.push(on), () => true, fakeWindow() as unknown as Window);
    h.onPointerEnter({ buttons: 1 });
    expect(seen).toEqual([true]);
  });
});

describe('sameLook', () => {
  const data = { label: 'Students', missing: false, kindId: 'actor', kindLabel: 'Actor', color: '#123', shape: 'rounded' };
  it('keeps a node whose data was rebuilt with the same fields (a moved node)', () => {
    expect(sameLook({ data, selected: false }, { data: { ...data }, selected: false })).toBe(true);
  });
  it('redraws for a changed field, an added field or a selection change', () => {
    expect(sameLook({ data, selected: false }, { data: { ...data, label: 'Teachers' }, selected: false })).toBe(false);
    expect(sameLook({ data, selected: false }, { data: { ...data, description: 'x' }, selected: false })).toBe(false);
    expect(sameLook({ data, selected: false }, { data, selected: true })).toBe(false);
  });
});
