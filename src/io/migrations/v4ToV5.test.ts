import { inEnglish } from '../../i18n/message';
/**
 * Migration 4 → 5 (issue 14: presentation steps). Holds a file saved by the version-4 app, byte for
 * byte (the docs/format.md example of version 4), and checks that it opens with the same content,
 * no steps (so presentation mode derives them from the vocabulary), and that a stray v4
 * `presentation` key gets no v5 meaning.
 */
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../../model/types';
import { importModel } from '../importModel';
import { serializeModel } from '../serialize';
import { migrations } from './registry';

/** Saved by the v4 app (Export JSON of the docs/format.md example). */
const SAVED_V4 = `{
  "format": "theory-model",
  "version": 4,
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
      "order": "a0",
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
      "order": "a1",
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
      "order": "a2",
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
      "order": "a0",
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

describe('migration 4 → 5', () => {
  it('opens a saved v4 file with the same content and no authored steps, and says it was upgraded', () => {
    const result = importModel(SAVED_V4);
    if (!result.ok) throw new Error(inEnglish(result.error.message));
    expect(result.model.version).toBe(FORMAT_VERSION);
    expect(result.report.map((n) => n.code)).toEqual(['migrated']);
    expect(inEnglish(result.report[0].message)).toMatch(/from format version 4 to/);
    expect(result.model.presentation).toBeUndefined();
    expect(serializeModel(result.model)).toBe(SAVED_V4.replace('"version": 4', `"version": ${FORMAT_VERSION}`));
  });

  it('gives no v5 meaning to a v4 key named presentation', () => {
    const doc = JSON.parse(SAVED_V4) as Record<string, unknown>;
    doc.presentation = { steps: [{ id: 's', name: 'x', elementIds: ['school'] }] };
    const stepped = migrations[4](doc);
    expect(Object.keys(stepped)).toContain('x-v4-presentation');
    expect(Object.keys(stepped)).not.toContain('presentation');
    const result = importModel(JSON.stringify(doc));
    if (!result.ok) throw new Error(inEnglish(result.error.message));
    expect(result.model.presentation).toBeUndefined();
    expect(result.report.filter((n) => n.code === 'unknown-field-dropped')).toHaveLength(1);
  });

  it('leaves the input object untouched', () => {
    const doc = JSON.parse(SAVED_V4) as Record<string, unknown>;
    const copy = JSON.stringify(doc);
    migrations[4](doc);
    expect(JSON.stringify(doc)).toBe(copy);
  });
});
