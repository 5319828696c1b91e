/** Small hand-made documents for the io tests. Plain data, deliberately typed loosely where tests break them. */
import { FORMAT_VERSION, type TheoryModel } from '../../model/types';

export function validModel(): TheoryModel {
  return {
    format: 'theory-model',
    version: FORMAT_VERSION,
    meta: { title: '学校理论模型', language: 'zh-CN', labels: { en: 'School model' } },
    vocabulary: {
      nodeKinds: [
        { id: 'actor', label: '主体', color: '#1f4e79', shape: 'rectangle' },
        { id: 'driver', label: '驱动力', color: '#b45309' },
      ],
      relationTypes: [{ id: 'motivates', label: '驱动', color: '#b45309', line: 'dashed', from: ['driver'], to: ['actor'] }],
    },
    nodes: [
      { id: 'g1', kind: 'group', label: '企业', position: { x: 0, y: 0 }, size: { width: 300, height: 200 } },
      { id: 'a1', kind: 'actor', label: '学校', position: { x: 10, y: 20 }, parent: 'g1' },
      { id: 'd1', kind: 'driver', label: '实现盈利', position: { x: 400, y: 20 } },
    ],
    edges: [{ id: 'e1', source: 'd1', target: 'a1', relation: 'motivates' }],
    layout: { direction: 'RIGHT', bands: [['driver'], ['actor']] },
  };
}

/** A valid model as a plain mutable JSON value, for tests that break it on purpose. */
export function validDoc(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(validModel())) as Record<string, unknown>;
}

type Container = Record<PropertyKey, unknown>;

function containerAt(doc: unknown, path: PropertyKey[]): Container {
  let cur = doc;
  for (const key of path) cur = (cur as Container)[key];
  return cur as Container;
}

/** `setAt(doc, ['nodes', 0, 'position', 'x'], 'a')`: break one field without `any` casts. */
export function setAt<T>(doc: T, path: PropertyKey[], value: unknown): T {
  containerAt(doc, path.slice(0, -1))[path[path.length - 1]] = value;
  return doc;
}

export function deleteAt<T>(doc: T, path: PropertyKey[]): T {
  delete containerAt(doc, path.slice(0, -1))[path[path.length - 1]];
  return doc;
}

export function getAt(doc: unknown, path: PropertyKey[]): unknown {
  return containerAt(doc, path);
}
