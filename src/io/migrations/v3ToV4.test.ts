import { inEnglish } from '../../i18n/message';
/**
 * Migration 3 → 4 (issue 11: order keys, random ids). Holds a file saved by the version-3 app, byte
 * for byte (the docs/format.md example of version 3), and checks that it opens with the same content
 * and the same order, each node and edge now carrying a key given in the file's array order.
 */
import { describe, expect, it } from 'vitest';
import { orderedNodes } from '../../model/order';
import { FORMAT_VERSION } from '../../model/types';
import { importModel } from '../importModel';
import { serializeModel } from '../serialize';
import { migrations } from './registry';
import { withoutOrderKeys } from './testing';

/** Saved by the v3 app (Export JSON of the docs/format.md example). */
const SAVED_V3 = `{
  "format": "theory-model",
  "version": 3,
  "meta": {
    "title": "学校理论模型",
    "language": "zh-CN",
    "labels": {
      "en": "School model"
    }
  },
  "vocabulary": {
    "nodeKinds": [
      {
        "id": "actor",
        "label": "关键主体",
        "labels": {
          "en": "Key actor"
        },
        "color": "#1f4e79",
        "shape": "rectangle"
      },
      {
        "id": "driver",
        "label": "关键驱动力",
        "labels": {
          "en": "Driver"
        },
        "color": "#b45309",
        "shape": "pill"
      }
    ],
    "relationTypes": [
      {
        "id": "motivates",
        "label": "驱动",
        "labels": {
          "en": "Motivates"
        },
        "color": "#b45309",
        "line": "dashed",
        "arrow": "end",
        "from": [
          "driver"
        ],
        "to": [
          "actor"
        ]
      }
    ]
  },
  "nodes": [
    {
      "id": "school-group",
      "kind": "group",
      "label": "学校",
      "labels": {
        "en": "School"
      },
      "position": {
        "x": 0,
        "y": 0
      },
      "size": {
        "width": 320,
        "height": 160
      }
    },
    {
      "id": "school",
      "kind": "actor",
      "parent": "school-group",
      "label": "学校",
      "labels": {
        "en": "School"
      },
      "position": {
        "x": 40,
        "y": 60
      }
    },
    {
      "id": "pilot",
      "kind": "driver",
      "label": "成为试点院校",
      "labels": {
        "en": "Become a pilot school"
      },
      "position": {
        "x": 420,
        "y": 60
      }
    }
  ],
  "edges": [
    {
      "id": "pilot-motivates-school",
      "source": "pilot",
      "target": "school",
      "relation": "motivates"
    }
  ],
  "layout": {
    "direction": "RIGHT",
    "bands": [
      [
        "driver"
      ],
      [
        "actor"
      ]
    ]
  }
}
`;

const ids = (list: { id: string }[]) => list.map((e) => e.id);
const keys = (list: { order?: string }[]) => list.map((e) => e.order);

describe('migration 3 → 4', () => {
  it('opens a saved v3 file with the same content and order, keys given in array order, and says it was upgraded', () => {
    const result = importModel(SAVED_V3);
    if (!result.ok) throw new Error(inEnglish(result.error.message));
    expect(result.model.version).toBe(FORMAT_VERSION);
    expect(result.report.map((n) => n.code)).toEqual(['migrated']);
    expect(inEnglish(result.report[0].message)).toMatch(/from format version 3 to/);
    expect(ids(result.model.nodes)).toEqual(['school-group', 'school', 'pilot']);
    expect(keys(result.model.nodes)).toEqual(['a0', 'a1', 'a2']);
    expect(keys(result.model.edges)).toEqual(['a0']);
    const saved = serializeModel(result.model);
    expect(withoutOrderKeys(saved)).toBe(SAVED_V3.replace('"version": 3', `"version": ${FORMAT_VERSION}`));
    // The key sits right after the id, so a diff of the upgrade is one added line per element.
    expect(saved).toContain('"id": "school",\n      "order": "a1",\n      "kind": "actor"');
  });

  it('keeps a v3 file’s drawing order even when it listed a group after its member', () => {
    const doc = JSON.parse(SAVED_V3) as { nodes: unknown[] };
    doc.nodes = [doc.nodes[1], doc.nodes[2], doc.nodes[0]]; // school, pilot, school-group
    const result = importModel(JSON.stringify(doc));
    if (!result.ok) throw new Error(inEnglish(result.error.message));
    expect(ids(result.model.nodes)).toEqual(['school-group', 'school', 'pilot']);
    expect(result.report.map((n) => n.code)).toEqual(['migrated', 'nodes-reordered']);
    // The pulled group got a key before its member; the others kept the keys of their places.
    const [group, school, pilot] = keys(result.model.nodes) as string[];
    expect([school, pilot]).toEqual(['a0', 'a1']);
    expect(group < school && school < pilot).toBe(true);
    expect(orderedNodes(result.model.nodes)).toBe(result.model.nodes);
  });

  it('gives no v4 meaning to a v3 key named order', () => {
    const doc = JSON.parse(SAVED_V3) as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
    doc.nodes[2].order = '!';
    doc.edges[0].order = 'Zz';
    const stepped = migrations[3](doc) as { nodes: Record<string, unknown>[] };
    expect(Object.keys(stepped.nodes[2])).toEqual(['id', 'order', 'kind', 'label', 'labels', 'position', 'x-v3-order']);
    const result = importModel(JSON.stringify(doc));
    if (!result.ok) throw new Error(inEnglish(result.error.message));
    expect(keys(result.model.nodes)).toEqual(['a0', 'a1', 'a2']);
    expect(keys(result.model.edges)).toEqual(['a0']);
    expect(result.report.filter((n) => n.code === 'unknown-field-dropped')).toHaveLength(2);
  });

  it('leaves the input object untouched and non-lists to validation', () => {
    const doc = JSON.parse(SAVED_V3) as Record<string, unknown>;
    const copy = JSON.stringify(doc);
    migrations[3](doc);
    expect(JSON.stringify(doc)).toBe(copy);
    expect(migrations[3]({ nodes: 'x', edges: [1] })).toEqual({ nodes: 'x', edges: [1] });
  });
});
