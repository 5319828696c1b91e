import * as Y from 'yjs';
import type { TheoryModel } from '../model/types';
import type { ChangePolicy, ModelPort } from './port';

/** An in-memory editor for binding tests: a model, local edits and remote applies, counted. */
export function fakePort(initial: TheoryModel) {
  let model = initial;
  const listeners = new Set<(next: TheoryModel, policy: ChangePolicy) => void>();
  const port: ModelPort & { edit(next: TheoryModel, policy?: ChangePolicy): void; remoteApplies: number } = {
    remoteApplies: 0,
    model: () => model,
    onLocalChange: (l) => (listeners.add(l), () => listeners.delete(l)),
    applyRemote: (next) => {
      model = next;
      port.remoteApplies++;
    },
    edit: (next, policy = 'record') => {
      model = next;
      for (const l of listeners) l(next, policy);
    },
  };
  return port;
}

/** Two Y.Docs that exchange every update at once, as a server would (each peer's own origin kept). */
export function linkedDocs(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== b && Y.applyUpdate(b, u, a));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== a && Y.applyUpdate(a, u, b));
  return [a, b];
}

export const moveNode = (doc: TheoryModel, id: string, dx: number): TheoryModel => ({
  ...doc,
  nodes: doc.nodes.map((n) => (n.id === id ? { ...n, position: { x: n.position.x + dx, y: n.position.y } } : n)),
});

export const relabel = (doc: TheoryModel, id: string, label: string): TheoryModel => ({
  ...doc,
  nodes: doc.nodes.map((n) => (n.id === id ? { ...n, label } : n)),
});
