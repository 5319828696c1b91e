// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validModel } from '../../io/testing/fixtures';
import { useAppStore } from '../../store/appStore';
import { useShownNode } from './useShownNode';

let renders = 0;
function Shown({ id }: { id: string }) {
  renders++;
  const node = useShownNode(id);
  return <span>{node ? `${node.label}|${node.description ?? ''}` : 'none'}</span>;
}

const change = (id: string, patch: Record<string, unknown>) => {
  const doc = useAppStore.getState().doc;
  act(() => useAppStore.setState({ doc: { ...doc, nodes: doc.nodes.map((n) => (n.id === id ? { ...n, ...patch } : n)) } }));
};

describe('the node the inspector shows', () => {
  beforeEach(() => {
    useAppStore.getState().replaceDocument(validModel());
    renders = 0;
  });
  afterEach(cleanup);

  it('is not drawn again while the node only moves, and is when its text changes or it goes', () => {
    const node = useAppStore.getState().doc.nodes[0];
    const { container } = render(<Shown id={node.id} />);
    expect(container.textContent).toBe(`${node.label}|${node.description ?? ''}`);
    const first = renders;
    change(node.id, { position: { x: 900, y: 900 } });
    change(node.id, { position: { x: 901, y: 905 } });
    expect(renders).toBe(first);
    change(node.id, { description: 'New notes' });
    expect(container.textContent).toBe(`${node.label}|New notes`);
    change(node.id, { label: 'Renamed', position: { x: 0, y: 0 } });
    expect(container.textContent).toBe('Renamed|New notes');
    act(() => useAppStore.getState().replaceDocument({ ...useAppStore.getState().doc, nodes: [] }));
    expect(container.textContent).toBe('none');
  });
});
