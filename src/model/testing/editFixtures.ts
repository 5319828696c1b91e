import { paperVocabulary } from '../blank';
import { sizeFrom } from '../geometry';
import { FORMAT_NAME, FORMAT_VERSION, type TheoryModel } from '../types';

/**
 * A small model for edit tests: a group `g1` at (100, 100) holding actor `a1` and driver `d1`,
 * a top-level actor `a2` and resource `r1`, and one edge of each everyday relation.
 */
export function smallModel(): TheoryModel {
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    meta: { title: 'small', language: 'zh-CN' },
    vocabulary: paperVocabulary(),
    nodes: [
      { id: 'g1', kind: 'group', label: 'G', position: { x: 100, y: 100 }, size: { width: 300, height: 220 } },
      { id: 'a1', kind: 'actor', label: 'A1', parent: 'g1', position: { x: 16, y: 44 } },
      { id: 'd1', kind: 'driver', label: 'D1', parent: 'g1', position: { x: 16, y: 130 } },
      { id: 'a2', kind: 'actor', label: 'A2', position: { x: 600, y: 100 } },
      { id: 'r1', kind: 'resource', label: 'R1', position: { x: 600, y: 400 } },
    ],
    edges: [
      { id: 'e1', source: 'd1', target: 'a1', relation: 'motivates' },
      { id: 'e2', source: 'a1', target: 'a2', relation: 'cooperates' },
      { id: 'e3', source: 'a2', target: 'r1', relation: 'provides' },
    ],
  };
}

/** Every element is 200×60 unless it has a size (groups here do). */
export const testSizes = sizeFrom(new Map());
