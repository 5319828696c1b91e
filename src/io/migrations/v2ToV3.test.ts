/**
 * Migration 2 → 3 (issue 10: edge style, bend points, label positions, arrowheads, line widths).
 * Holds a file saved by the version-2 app, byte for byte, and checks that it opens unchanged apart
 * from the version, and that v2 keys which happen to carry v3 names get no v3 meaning.
 */
import { inEnglish } from '../../i18n/message';
import { describe, expect, it } from 'vitest';
import { importModel } from '../importModel';
import { FORMAT_VERSION } from '../../model/types';
import { serializeModel } from '../serialize';
import { migrations } from './registry';
import { withoutOrderKeys } from './testing';

/** Saved by the v2 app (Export JSON of a small adapted model, with a template and checks). */
const SAVED_V2 = `{
  "format": "theory-model",
  "version": 2,
  "meta": {
    "title": "{region}学校模型",
    "language": "zh-CN"
  },
  "vocabulary": {
    "nodeKinds": [
      {
        "id": "actor",
        "label": "关键主体",
        "color": "#1f4e79",
        "shape": "rectangle"
      },
      {
        "id": "driver",
        "label": "关键驱动力",
        "color": "#b45309",
        "shape": "pill"
      }
    ],
    "relationTypes": [
      {
        "id": "motivates",
        "label": "驱动",
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
      "id": "school",
      "kind": "actor",
      "label": "{region}学校",
      "position": {
        "x": 40,
        "y": 60
      }
    },
    {
      "id": "pilot",
      "kind": "driver",
      "label": "成为试点院校",
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
  "template": {
    "placeholders": [
      {
        "id": "region",
        "label": "地区",
        "default": "宁波"
      }
    ]
  },
  "checks": {
    "disabled": [
      "orphan"
    ]
  }
}
`;

describe('migration 2 → 3', () => {
  it('opens a saved v2 file as v3 with the same content, and says it was upgraded', () => {
    const result = importModel(SAVED_V2);
    if (!result.ok) throw new Error(inEnglish(result.error.message));
    expect(result.model.version).toBe(FORMAT_VERSION);
    expect(result.report.map((n) => n.code)).toEqual(['migrated']);
    expect(inEnglish(result.report[0].message)).toMatch(new RegExp(`from format version 2 to ${FORMAT_VERSION}`));
    expect(withoutOrderKeys(serializeModel(result.model))).toBe(SAVED_V2.replace('"version": 2', `"version": ${FORMAT_VERSION}`));
    expect(result.model.style).toBeUndefined();
    expect(result.model.edges[0].bends).toBeUndefined();
  });

  it('gives no v3 meaning to v2 keys named style, bends, labelAt, head or width', () => {
    const doc = JSON.parse(SAVED_V2) as Record<string, unknown>;
    doc.style = { edges: 'curved' };
    (doc.edges as Record<string, unknown>[])[0].bends = [{ x: 1, y: 2 }];
    (doc.edges as Record<string, unknown>[])[0].labelAt = { along: 0.2, offset: 3 };
    const relation = ((doc.vocabulary as Record<string, unknown>).relationTypes as Record<string, unknown>[])[0];
    relation.head = 'diamond';
    relation.width = 3;
    const stepped = migrations[2](doc);
    expect(Object.keys(stepped)).toContain('x-v2-style');
    expect(Object.keys((stepped.edges as Record<string, unknown>[])[0])).toEqual(['id', 'source', 'target', 'relation', 'x-v2-bends', 'x-v2-labelAt']);
    const result = importModel(JSON.stringify(doc));
    if (!result.ok) throw new Error(inEnglish(result.error.message));
    expect(result.model.style).toBeUndefined();
    expect(result.model.edges[0].bends).toBeUndefined();
    expect(result.model.edges[0].labelAt).toBeUndefined();
    expect(result.model.vocabulary.relationTypes[0].head).toBeUndefined();
    expect(result.model.vocabulary.relationTypes[0].width).toBeUndefined();
    expect(result.report.filter((n) => n.code === 'unknown-field-dropped')).toHaveLength(5);
  });

  it('leaves the input object untouched', () => {
    const doc = JSON.parse(SAVED_V2) as Record<string, unknown>;
    const copy = JSON.stringify(doc);
    migrations[2]({ ...doc, style: 1 });
    expect(JSON.stringify(doc)).toBe(copy);
  });
});
