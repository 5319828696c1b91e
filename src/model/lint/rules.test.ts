import { describe, expect, it } from 'vitest';
import { smallModel } from '../testing/editFixtures';
import type { TheoryModel } from '../types';
import { checkModel, RULES, setRuleEnabled, untranslated } from './index';

const rule = (id: string) => RULES.find((r) => r.id === id)!;
const run = (id: string, doc: TheoryModel) => rule(id).check(doc).map((p) => (p.target.type === 'meta' ? 'meta' : `${p.target.type}:${p.target.id}`));

/** smallModel: driver d1 → actor a1 (motivates), a1 ↔ a2 (cooperates), a2 → resource r1 (provides). */
function base(): TheoryModel {
  return smallModel();
}

describe('actor-has-driver', () => {
  it('flags an actor no driver motivates, not one that a driver does', () => {
    expect(run('actor-has-driver', base())).toEqual(['node:a2']);
    const fixed = { ...base(), edges: [...base().edges, { id: 'm2', source: 'd1', target: 'a2', relation: 'motivates' }] };
    expect(run('actor-has-driver', fixed)).toEqual([]);
  });

  it('does not count an edge of another relation, or from a non-driver', () => {
    const doc = base();
    doc.edges = doc.edges.filter((e) => e.id !== 'e1');
    expect(run('actor-has-driver', doc)).toEqual(['node:a1', 'node:a2']);
  });

  it('follows the vocabulary: no relation that starts only at drivers, no rule', () => {
    const doc = base();
    doc.vocabulary = { ...doc.vocabulary, relationTypes: doc.vocabulary.relationTypes.filter((r) => r.id !== 'motivates') };
    expect(run('actor-has-driver', doc)).toEqual([]);
  });
});

describe('resource-has-provider', () => {
  it('flags a resource no actor provides or co-builds', () => {
    expect(run('resource-has-provider', base())).toEqual([]);
    const doc = { ...base(), nodes: [...base().nodes, { id: 'r2', kind: 'resource', label: 'R2', position: { x: 0, y: 0 } }] };
    expect(run('resource-has-provider', doc)).toEqual(['node:r2']);
  });
});

describe('relation-allowed', () => {
  it('flags a relation between kinds its vocabulary entry does not allow, or of an unknown type', () => {
    expect(run('relation-allowed', base())).toEqual([]);
    const doc = base();
    doc.edges = [...doc.edges, { id: 'bad', source: 'r1', target: 'd1', relation: 'motivates' }, { id: 'odd', source: 'a1', target: 'a2', relation: 'nope' }];
    expect(run('relation-allowed', doc)).toEqual(['edge:bad', 'edge:odd']);
  });
});

describe('orphan', () => {
  it('flags an element with no relation at all; groups are never orphans', () => {
    expect(run('orphan', base())).toEqual([]);
    const doc = { ...base(), nodes: [...base().nodes, { id: 'lone', kind: 'actor', label: 'Lone', position: { x: 0, y: 0 } }, { id: 'g2', kind: 'group', label: 'Empty', position: { x: 0, y: 0 } }] };
    expect(run('orphan', doc)).toEqual(['node:lone']);
  });
});

describe('empty-label and duplicate-label', () => {
  it('flags blank labels', () => {
    expect(run('empty-label', base())).toEqual([]);
    const doc = base();
    doc.nodes = doc.nodes.map((n) => (n.id === 'a2' ? { ...n, label: '  ' } : n));
    expect(run('empty-label', doc)).toEqual(['node:a2']);
  });

  it('flags every element sharing a label (ignoring surrounding spaces), not groups', () => {
    expect(run('duplicate-label', base())).toEqual([]);
    const doc = base();
    doc.nodes = doc.nodes.map((n) => (n.id === 'a2' ? { ...n, label: ' A1 ' } : n.id === 'g1' ? { ...n, label: 'R1' } : n));
    expect(run('duplicate-label', doc)).toEqual(['node:a1', 'node:a2']);
  });
});

describe('missing-translation', () => {
  it('says nothing for a model with no translations at all', () => {
    const doc = base();
    doc.vocabulary.nodeKinds = doc.vocabulary.nodeKinds.map(({ labels: _l, ...k }) => k);
    expect(run('missing-translation', doc)).toEqual([]);
  });

  it('in a bilingual model lists every shown text without a translation: title, elements, used vocabulary', () => {
    const doc = base();
    doc.nodes = doc.nodes.map((n) => (n.id === 'a1' ? { ...n, labels: { en: 'A one' } } : n));
    expect(run('missing-translation', doc)).toEqual(['meta', 'node:g1', 'node:d1', 'node:a2', 'node:r1']);
    doc.meta = { ...doc.meta, labels: { en: 'Small' } };
    doc.nodes = doc.nodes.map((n) => ({ ...n, labels: { en: `${n.label} (en)` } }));
    expect(run('missing-translation', doc)).toEqual([]);
    // The header's count for the language shown is the same list.
    expect(untranslated(doc, 'en')).toEqual([]);
    expect(untranslated(doc, 'zh')).toEqual([]);
  });
});

describe('undeclared-placeholder', () => {
  it('only for templates: a {name} with no declared placeholder', () => {
    const doc = base();
    doc.nodes = doc.nodes.map((n) => (n.id === 'a1' ? { ...n, label: '{region}{city}' } : n));
    expect(run('undeclared-placeholder', doc)).toEqual([]);
    const asTemplate = { ...doc, template: { placeholders: [{ id: 'region', label: '地区', default: '宁波' }] } };
    expect(run('undeclared-placeholder', asTemplate)).toEqual(['node:a1']);
    expect(rule('undeclared-placeholder').check(asTemplate)[0].params).toEqual({ placeholder: 'city' });
  });
});

describe('checkModel and rule settings', () => {
  it('runs the enabled rules, and a rule switched off for a model stays off (saved with the model)', () => {
    const doc = base();
    expect(checkModel(doc).map((p) => p.rule)).toEqual(['actor-has-driver']);
    const off = setRuleEnabled(doc, rule('actor-has-driver'), false);
    expect(off.checks).toEqual({ disabled: ['actor-has-driver'] });
    expect(checkModel(off)).toEqual([]);
    const on = setRuleEnabled(off, rule('actor-has-driver'), true);
    expect(on.checks).toBeUndefined();
    expect(setRuleEnabled(on, rule('orphan'), true)).toBe(on);
  });

  it('a rule that is off by default can be switched on', () => {
    const quiet = { ...rule('orphan'), enabledByDefault: false };
    const doc = { ...base(), nodes: [...base().nodes, { id: 'lone', kind: 'actor', label: 'Lone', position: { x: 0, y: 0 } }] };
    expect(checkModel(doc, [quiet])).toEqual([]);
    const on = setRuleEnabled(doc, quiet, true);
    expect(on.checks).toEqual({ enabled: ['orphan'] });
    expect(checkModel(on, [quiet])).toHaveLength(1);
  });

  it('caches per document: the same document gives the same result object', () => {
    const doc = base();
    expect(checkModel(doc)).toBe(checkModel(doc));
  });

  it('every rule is data: id, label key, severity, default', () => {
    for (const r of RULES) {
      expect(r.label).toBe(`check.${r.id}`);
      expect(['error', 'warning', 'info']).toContain(r.severity);
      expect(typeof r.enabledByDefault).toBe('boolean');
    }
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});
