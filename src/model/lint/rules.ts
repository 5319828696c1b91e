/**
 * The rules of the Problems panel, as data. Each follows the model's own vocabulary (kinds and the
 * from/to of relation types), so a model with another vocabulary gets sensible checks or none.
 */
import { parseTemplate } from '../template';
import { listTextFields } from '../textFields';
import { GROUP_KIND, type ModelNode, type RelationType } from '../types';
import { findRelation, relationAllows } from '../vocabulary';
import { modelLanguages, untranslated } from './translations';
import type { Problem, Rule, Severity } from './types';

/**
 * "Every node of kind `target` has an incoming edge from a `sources` node, through a relation
 * type that starts only at `sources` kinds" (a driver motivates each actor; an actor provides or
 * co-builds each resource). Applies only when the vocabulary has such a relation type.
 */
function needsIncoming(id: string, target: string, sources: readonly string[], severity: Severity): Rule {
  return {
    id,
    label: `check.${id}`,
    severity,
    enabledByDefault: true,
    check: (doc) => {
      const relations = doc.vocabulary.relationTypes.filter(
        (r: RelationType) => r.from && r.from.length > 0 && r.from.every((k) => sources.includes(k)) && (!r.to || r.to.length === 0 || r.to.includes(target)),
      );
      if (relations.length === 0) return [];
      const ids = new Set(relations.map((r) => r.id));
      const kindOf = new Map(doc.nodes.map((n) => [n.id, n.kind]));
      const fed = new Set(doc.edges.filter((e) => ids.has(e.relation) && sources.includes(kindOf.get(e.source) ?? '')).map((e) => e.target));
      return doc.nodes
        .filter((n) => n.kind === target && !fed.has(n.id))
        .map((n) => ({ rule: id, severity, target: { type: 'node', id: n.id }, params: { relations: relations.map((r) => r.id).join(',') } }));
    },
  };
}

const relationAllowed: Rule = {
  id: 'relation-allowed',
  label: 'check.relation-allowed',
  severity: 'error',
  enabledByDefault: true,
  check: (doc) => {
    const kindOf = new Map(doc.nodes.map((n) => [n.id, n.kind]));
    const out: Problem[] = [];
    for (const e of doc.edges) {
      const relation = findRelation(doc.vocabulary, e.relation);
      const source = kindOf.get(e.source);
      const target = kindOf.get(e.target);
      if (source === undefined || target === undefined) continue;
      if (!relation || !relationAllows(relation, source, target)) {
        out.push({ rule: 'relation-allowed', severity: 'error', target: { type: 'edge', id: e.id }, params: { relation: e.relation, source, target } });
      }
    }
    return out;
  },
};

const orphan: Rule = {
  id: 'orphan',
  label: 'check.orphan',
  severity: 'warning',
  enabledByDefault: true,
  check: (doc) => {
    const touched = new Set(doc.edges.flatMap((e) => [e.source, e.target]));
    return doc.nodes
      .filter((n) => n.kind !== GROUP_KIND && !touched.has(n.id))
      .map((n) => ({ rule: 'orphan', severity: 'warning', target: { type: 'node', id: n.id } }));
  },
};

const emptyLabel: Rule = {
  id: 'empty-label',
  label: 'check.empty-label',
  severity: 'warning',
  enabledByDefault: true,
  check: (doc) =>
    doc.nodes.filter((n) => n.label.trim() === '').map((n) => ({ rule: 'empty-label', severity: 'warning', target: { type: 'node', id: n.id } })),
};

const duplicateLabel: Rule = {
  id: 'duplicate-label',
  label: 'check.duplicate-label',
  severity: 'warning',
  enabledByDefault: true,
  check: (doc) => {
    const byLabel = new Map<string, ModelNode[]>();
    for (const n of doc.nodes) {
      const key = n.label.trim();
      if (n.kind === GROUP_KIND || key === '') continue;
      byLabel.set(key, [...(byLabel.get(key) ?? []), n]);
    }
    return [...byLabel.values()]
      .filter((same) => same.length > 1)
      .flatMap((same) => same.map((n) => ({ rule: 'duplicate-label', severity: 'warning' as const, target: { type: 'node' as const, id: n.id }, params: { count: same.length } })));
  },
};

/** Only for bilingual models: a model with no translations at all is not "missing" any. */
const missingTranslation: Rule = {
  id: 'missing-translation',
  label: 'check.missing-translation',
  severity: 'info',
  enabledByDefault: true,
  check: (doc) =>
    modelLanguages(doc).flatMap((lang) => untranslated(doc, lang).map((target) => ({ rule: 'missing-translation', severity: 'info' as const, target, params: { lang } }))),
};

/** Templates only: `{name}` in the text with no declared placeholder `name` would stay in the filled model. */
const undeclaredPlaceholder: Rule = {
  id: 'undeclared-placeholder',
  label: 'check.undeclared-placeholder',
  severity: 'error',
  enabledByDefault: true,
  check: (doc) => {
    if (!doc.template) return [];
    const declared = new Set(doc.template.placeholders.map((p) => p.id));
    const out: Problem[] = [];
    for (const field of listTextFields(doc)) {
      for (const s of parseTemplate(field.text)) {
        if (s.kind === 'placeholder' && !declared.has(s.id)) out.push({ rule: 'undeclared-placeholder', severity: 'error', target: field.owner, params: { placeholder: s.id } });
      }
    }
    return out;
  },
};

export const RULES: readonly Rule[] = [
  needsIncoming('actor-has-driver', 'actor', ['driver'], 'warning'),
  needsIncoming('resource-has-provider', 'resource', ['actor'], 'warning'),
  relationAllowed,
  orphan,
  emptyLabel,
  duplicateLabel,
  missingTranslation,
  undeclaredPlaceholder,
];
