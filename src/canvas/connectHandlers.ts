import type { Connection, Edge, OnConnect, OnConnectEnd } from '@xyflow/react';
import { planConnection } from '../model/connections';
import { useAppStore } from '../store/appStore';
import { connectByDrag } from '../store/editActions';
import { clientPoint, nodeIdAt } from './pointer';

/**
 * Connecting by dragging from a handle. The rule is the model's (`planConnection`), shared by
 * React Flow's live feedback (`isValidConnection`) and the store action, which enforces it again.
 * React Flow only calls onConnect for a drop on (or near) a handle; a drop anywhere else on a node
 * is taken in onConnectEnd, so the whole node is a target. Module constants: stable props.
 */
const isValidConnection = (c: Connection | Edge) => planConnection(useAppStore.getState().doc, c.source, c.target).ok;

const onConnect: OnConnect = (c) => void connectByDrag(c.source, c.target);

const onConnectEnd: OnConnectEnd = (event, state) => {
  if (state.isValid || !state.fromNode) return; // a valid drop was handled by onConnect
  const target = nodeIdAt(clientPoint(event));
  if (!target || target === state.fromNode.id) return;
  // Connects, or says in a notice why the vocabulary does not allow it.
  connectByDrag(state.fromNode.id, target);
};

export const connectHandlers = { isValidConnection, onConnect, onConnectEnd };
