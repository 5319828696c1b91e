/**
 * Templates at the level of a whole model (issue 6): the values a user gives, filling a template
 * into an ordinary model ("Adapt to my industry"), and turning chosen words of a model into
 * placeholders ("Save as template"). Pure functions; the syntax is in template.ts.
 */
import { primaryLanguage } from './language';
import { escapeTemplateText, extractPlaceholders, fillTemplate, parseTemplate, PLACEHOLDER_ID, serializeTemplate, type Segment } from './template';
import { mapTextFields } from './textFields';
import type { ModelTemplate, Placeholder, TheoryModel, Translations } from './types';

/** What the user typed: per language (`''` = the model's original language), per placeholder id. */
export type EnteredValues = Record<string, Record<string, string | undefined> | undefined>;

/** The value of every placeholder per language; `null` where a language has none. */
export type ResolvedValues = { original: ReadonlyMap<string, string>; translations: ReadonlyMap<string, ReadonlyMap<string, string | null>> };

export const ORIGINAL = '';

/**
 * What the user typed for `id` in `lang`, read as an OWN property only. Placeholder ids such as
 * `constructor`, `toString` or `__proto__` are valid, and a plain `{}` would hand back
 * Object.prototype's members for them (issue 17: "e.trim is not a function", a blank page).
 */
export function enteredValue(entered: EnteredValues, lang: string, id: string): string | undefined {
  const inLang = Object.hasOwn(entered, lang) ? entered[lang] : undefined;
  if (!inLang || !Object.hasOwn(inLang, id)) return undefined;
  const value = inLang[id];
  return typeof value === 'string' ? value : undefined;
}

/** `entered` with one value set; own properties only (a computed key never reaches a prototype). */
export function withEntered(entered: EnteredValues, lang: string, id: string, value: string): EnteredValues {
  const out: EnteredValues = Object.create(null) as EnteredValues;
  for (const key of Object.keys(entered)) out[key] = entered[key];
  const inLang: Record<string, string | undefined> = Object.create(null) as Record<string, string | undefined>;
  const before = Object.hasOwn(entered, lang) ? entered[lang] : undefined;
  if (before) for (const key of Object.keys(before)) inLang[key] = before[key];
  inLang[id] = value;
  out[lang] = inLang;
  return out;
}

function resolveLanguage(
  placeholders: readonly Placeholder[],
  entered: EnteredValues,
  lang: string,
  defaultOf: (p: Placeholder) => string | undefined,
  emptyMeansNone = false,
): Map<string, string | null> {
  const byId = new Map(placeholders.map((p) => [p.id, p]));
  const out = new Map<string, string | null>();
  const visiting = new Set<string>();
  const resolve = (id: string): string | null | undefined => {
    const p = byId.get(id);
    if (!p) return undefined; // not declared: stays literal
    if (out.has(id)) return out.get(id);
    if (visiting.has(id)) return undefined; // a cycle of defaults: leave `{id}` visible rather than loop
    const typed = enteredValue(entered, lang, id);
    let value: string | null;
    // A blank original-language field means "use the default" (the wizard's hint says a blank one
    // is built from the others, e.g. `{industry}企业`); a blank translation means "no value".
    if (typed !== undefined && (typed.trim() !== '' || emptyMeansNone)) value = typed === '' ? null : typed;
    else {
      const fallback = defaultOf(p);
      visiting.add(id);
      // A default is template text, so `{industry}企业` follows what the user typed for `industry`.
      value = fallback === undefined ? null : fillTemplate(fallback, resolve);
      visiting.delete(id);
    }
    out.set(id, value);
    return value;
  };
  for (const p of placeholders) resolve(p.id);
  return out;
}

/** The translation languages the template's text uses (primary subtags), e.g. `['en']`. */
export function templateLanguages(doc: TheoryModel): string[] {
  const langs = new Set<string>();
  const original = primaryLanguage(doc.meta.language ?? 'zh');
  const add = (labels: Translations | undefined) => Object.keys(labels ?? {}).forEach((tag) => primaryLanguage(tag) !== original && langs.add(primaryLanguage(tag)));
  add(doc.meta.labels);
  doc.nodes.forEach((n) => add(n.labels));
  doc.edges.forEach((e) => add(e.labels));
  doc.template?.placeholders.forEach((p) => add(p.defaults));
  return [...langs].sort();
}

function defaultIn(p: Placeholder, lang: string): string | undefined {
  if (!p.defaults) return undefined;
  const tag = Object.keys(p.defaults).find((t) => primaryLanguage(t) === lang);
  return tag === undefined ? undefined : p.defaults[tag];
}

/**
 * Values for filling. The original language: typed, else the default (filled with the other
 * values). A translation: typed, else the default in that language — but only while the original
 * value is still the default; a translated default of a value the user changed would be wrong
 * ("Ningbo" for 成都), so the value is missing and the texts that need it stay untranslated.
 */
export function resolveValues(template: ModelTemplate, entered: EnteredValues, languages: readonly string[]): ResolvedValues {
  const { placeholders } = template;
  const asString = (m: Map<string, string | null>) => new Map([...m].map(([k, v]) => [k, v ?? '']));
  const original = asString(resolveLanguage(placeholders, entered, ORIGINAL, (p) => p.default));
  const pristine = asString(resolveLanguage(placeholders, {}, ORIGINAL, (p) => p.default));
  const translations = new Map<string, Map<string, string | null>>();
  for (const lang of languages) {
    // A translation field the user emptied means "no value", not "use the default".
    const fallback = (p: Placeholder) => (original.get(p.id) === pristine.get(p.id) ? defaultIn(p, lang) : undefined);
    translations.set(lang, resolveLanguage(placeholders, entered, lang, fallback, true));
  }
  return { original, translations };
}

/**
 * The template filled in: an ordinary model (no template block) whose every text field has its
 * placeholders replaced. A translation that needs a value missing in its language is removed, so
 * it shows as untranslated (and the Problems panel lists it) instead of mixing languages.
 */
export function fillModel(doc: TheoryModel, values: ResolvedValues): TheoryModel {
  const declared = new Set((doc.template?.placeholders ?? []).map((p) => p.id));
  const filled = mapTextFields(doc, ({ field, lang, text }) => {
    if (field !== 'translation') return fillTemplate(text, (id) => (declared.has(id) ? (values.original.get(id) ?? '') : undefined)) ?? text;
    const inLang = values.translations.get(primaryLanguage(lang));
    return fillTemplate(text, (id) => (declared.has(id) ? (inLang?.get(id) ?? null) : undefined));
  });
  const { template: _template, ...rest } = filled === doc ? { ...doc } : filled;
  return rest;
}

export type NewPlaceholder = {
  id: string;
  /** The question, in the original language (defaults to the id). */
  label: string;
  labels?: Translations;
  /** The word in the original language; becomes the default. */
  word: string;
  /** The same word in translations, by language tag, e.g. `{ en: "Ningbo" }`. */
  words?: Translations;
};

export type TemplateProblem = { code: 'invalid-id' | 'duplicate-id' | 'empty-word' | 'not-found'; id: string };

/**
 * Save as template: every occurrence of each word (in labels, translations, descriptions and the
 * title) becomes `{id}`, and the placeholder is declared with the word as its default. An ordinary
 * model's text is escaped on the way (its literal braces must stay literal). Returns problems
 * instead when an id is invalid or taken, a word is empty, or a word occurs nowhere.
 */
export function makeTemplate(doc: TheoryModel, additions: readonly NewPlaceholder[]): { ok: true; doc: TheoryModel; counts: Map<string, number> } | { ok: false; problems: TemplateProblem[] } {
  const problems: TemplateProblem[] = [];
  const taken = new Set((doc.template?.placeholders ?? []).map((p) => p.id));
  for (const a of additions) {
    if (!PLACEHOLDER_ID.test(a.id)) problems.push({ code: 'invalid-id', id: a.id });
    else if (taken.has(a.id)) problems.push({ code: 'duplicate-id', id: a.id });
    taken.add(a.id);
    if (a.word === '') problems.push({ code: 'empty-word', id: a.id });
  }
  if (problems.length > 0) return { ok: false, problems };

  const isTemplate = doc.template !== undefined;
  const segmentsOf = (text: string): Segment[] => (isTemplate ? parseTemplate(text) : text ? [{ kind: 'text', text }] : []);
  const original = new Map(additions.map((a) => [a.word, a.id]));
  const counts = new Map<string, number>();
  const mapped = mapTextFields(doc, ({ field, lang, text }) => {
    let words = original;
    if (field === 'translation') {
      const want = primaryLanguage(lang);
      words = new Map(additions.flatMap((a) => Object.entries(a.words ?? {}).filter(([tag, w]) => w && primaryLanguage(tag) === want).map(([, w]) => [w, a.id] as [string, string])));
    }
    return serializeTemplate(extractPlaceholders(segmentsOf(text), words, counts));
  });
  for (const a of additions) if (!counts.has(a.id)) problems.push({ code: 'not-found', id: a.id });
  if (problems.length > 0) return { ok: false, problems };

  const placeholders: Placeholder[] = additions.map((a) => {
    const defaults = Object.fromEntries(Object.entries(a.words ?? {}).filter(([, w]) => w).map(([tag, w]) => [tag, escapeTemplateText(w)]));
    return {
      id: a.id,
      label: a.label || a.id,
      ...(a.labels && Object.keys(a.labels).length > 0 ? { labels: a.labels } : {}),
      default: escapeTemplateText(a.word),
      ...(Object.keys(defaults).length > 0 ? { defaults } : {}),
    };
  });
  return { ok: true, doc: { ...mapped, template: { placeholders: [...(doc.template?.placeholders ?? []), ...placeholders] } }, counts };
}

/** Placeholders used in the text but not declared, and declared ones no text uses. */
export function templateUsage(doc: TheoryModel): { undeclared: Map<string, number>; unused: string[] } {
  const declared = new Set((doc.template?.placeholders ?? []).map((p) => p.id));
  const used = new Set<string>();
  const undeclared = new Map<string, number>();
  mapTextFields(doc, ({ text }) => {
    for (const s of parseTemplate(text)) {
      if (s.kind !== 'placeholder') continue;
      used.add(s.id);
      if (!declared.has(s.id)) undeclared.set(s.id, (undeclared.get(s.id) ?? 0) + 1);
    }
    return undefined;
  });
  for (const p of doc.template?.placeholders ?? []) for (const id of [p.default, ...Object.values(p.defaults ?? {})].flatMap((t) => parseTemplate(t))) if (id.kind === 'placeholder') used.add(id.id);
  return { undeclared, unused: [...declared].filter((id) => !used.has(id)) };
}
