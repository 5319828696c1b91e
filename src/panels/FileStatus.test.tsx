// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { validModel } from '../io/testing/fixtures';
import { useAppStore } from '../store/appStore';
import { useFileSession } from '../store/files/session';
import { useTitlePrefix } from './FileStatus';

let renders = 0;
function Title() {
  renders++;
  return <span>{useTitlePrefix()}</span>;
}

describe('the window title prefix', () => {
  beforeEach(() => {
    useAppStore.getState().replaceDocument(validModel());
    useFileSession.getState().forget();
    renders = 0;
  });

  it('marks unsaved changes, and a second change does not draw the title again', () => {
    useFileSession.getState().bindFile('m.json', null, useAppStore.getState().doc, 1000);
    const { container } = render(<Title />);
    expect(container.textContent).toBe('m.json — ');
    const moved = (dx: number) => {
      const doc = useAppStore.getState().doc;
      act(() => useAppStore.setState({ doc: { ...doc, nodes: doc.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: n.position.x + dx, y: n.position.y } } : n)) } }));
    };
    moved(5);
    expect(container.textContent).toBe('● m.json — ');
    const after = renders;
    // A drag writes a new model on every frame: the title says the same, so it is not drawn again.
    moved(5);
    moved(5);
    expect(renders).toBe(after);
    act(() => useFileSession.getState().markSaved(useAppStore.getState().doc, 1001));
    expect(container.textContent).toBe('m.json — ');
  });
});
