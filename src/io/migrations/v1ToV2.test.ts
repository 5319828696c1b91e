/**
 * Migration 1 → 2 (issue 6: templates and model checks). Holds a file saved by the version-1 app,
 * byte for byte, and checks that it opens unchanged apart from the version.
 */
import { inEnglish } from '../../i18n/message';
import { describe, expect, it } from 'vitest';
import { importModel } from '../importModel';
import { FORMAT_VERSION } from '../../model/types';
import { serializeModel } from '../serialize';
import { migrations } from './registry';
import { withoutOrderKeys } from './testing';

/** Saved by the v1 app (the docs/format.md example of version 1, with a brace in a label). */
const SAVED_V1 = `{
  "format": "theory-model",
  "version": 1,
  "meta": {
    "title": "学校理论模型 {不是占位符}",
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
  "layout": {
    "direction": "RIGHT"
  }
}
`;

describe('migration 1 → 2', () => {
  it('opens a saved v1 file as the current version with the same content, and says it was upgraded', () => {
    const result = importModel(SAVED_V1);
    if (!result.ok) throw new Error(inEnglish(result.error.message));
    expect(result.model.version).toBe(FORMAT_VERSION);
    expect(result.report.map((n) => n.code)).toEqual(['migrated']);
    expect(inEnglish(result.report[0].message)).toMatch(new RegExp(`from format version 1 to ${FORMAT_VERSION}`));
    // Everything else is exactly as saved; v1 text has no placeholders, so braces stay literal.
    expect(withoutOrderKeys(serializeModel(result.model))).toBe(SAVED_V1.replace('"version": 1', `"version": ${FORMAT_VERSION}`));
    expect(result.model.template).toBeUndefined();
    expect(result.model.nodes[0].label).toBe('{region}学校');
  });

  it('does not give v2 meaning to v1 fields that happen to be called "template" or "checks"', () => {
    const doc = JSON.parse(SAVED_V1) as Record<string, unknown>;
    doc.template = { placeholders: [{ id: 'region', label: '地区', default: '宁波' }] };
    doc.checks = { disabled: ['orphan'] };
    const stepped = migrations[1](doc);
    expect(Object.keys(stepped)).toEqual(['format', 'version', 'meta', 'vocabulary', 'nodes', 'edges', 'layout', 'x-v1-template', 'x-v1-checks']);
    const result = importModel(JSON.stringify(doc));
    if (!result.ok) throw new Error(inEnglish(result.error.message));
    expect(result.model.template).toBeUndefined();
    expect(result.model.checks).toBeUndefined();
    // Dropped as unknown fields, each listed in the report, as the v1 app did.
    expect(result.report.map((n) => n.code)).toEqual(['migrated', 'unknown-field-dropped', 'unknown-field-dropped']);
  });

  it('leaves the input object untouched', () => {
    const doc = JSON.parse(SAVED_V1) as Record<string, unknown>;
    const copy = JSON.stringify(doc);
    migrations[1]({ ...doc, template: 1 });
    expect(JSON.stringify(doc)).toBe(copy);
  });
});
