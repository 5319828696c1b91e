/**
 * How the issue-6 panels name things: an element, a relation, the model, a vocabulary entry —
 * in the UI language, with the model's own text in the diagram language.
 */
import type { StringKey } from '../i18n/strings';
import type { TFunction } from '../i18n/translate';
import { localize, primaryLanguage } from '../model/language';
import type { ProblemTarget } from '../model/lint';
import type { TheoryModel } from '../model/types';
import { fallbackKind, findKind, findRelation } from '../model/vocabulary';
import { languageName } from './inspector/languages';

// A Map, not {}: a language tag from a file could be `constructor` (issue 17).
const LANGUAGE_KEYS = new Map<string, StringKey>([['zh', 'lang.name.zh'], ['en', 'lang.name.en']]);

/** "English" / "英文": a language named in the UI language (other languages by their own name). */
export function languageInUi(t: TFunction, tag: string): string {
  const key = LANGUAGE_KEYS.get(primaryLanguage(tag));
  return key ? t(key) : languageName(tag);
}

const shown = (doc: TheoryModel, label: string, labels: Record<string, string> | undefined, lang: string) => localize(label, labels, lang, doc.meta.language).text;

export function kindText(doc: TheoryModel, kindId: string, lang: string): string {
  const kind = findKind(doc.vocabulary, kindId) ?? fallbackKind(kindId);
  return shown(doc, kind.label, kind.labels, lang);
}

function nodeText(doc: TheoryModel, id: string, lang: string): string {
  const node = doc.nodes.find((n) => n.id === id);
  return node ? shown(doc, node.label, node.labels, lang) : id;
}

/** A target (problem, search hit) in words: `Key actor “学校”`, `relation 学校 → 企业`, `the model`. */
export function targetName(doc: TheoryModel, target: ProblemTarget, lang: string, t: TFunction): string {
  switch (target.type) {
    case 'meta':
      return t('element.meta');
    case 'node': {
      const node = doc.nodes.find((n) => n.id === target.id);
      if (!node) return t('element.missing');
      return t('element.node', { kind: kindText(doc, node.kind, lang), label: shown(doc, node.label, node.labels, lang) });
    }
    case 'edge': {
      const edge = doc.edges.find((e) => e.id === target.id);
      if (!edge) return t('element.missing');
      return t('element.edge', { source: nodeText(doc, edge.source, lang), target: nodeText(doc, edge.target, lang) });
    }
    case 'kind':
      return t('element.kind', { label: kindText(doc, target.id, lang) });
    case 'relation': {
      const relation = findRelation(doc.vocabulary, target.id);
      return t('element.relation', { label: relation ? shown(doc, relation.label, relation.labels, lang) : target.id });
    }
  }
}
