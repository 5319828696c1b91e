import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listTextFields } from './textFields';
import { enteredValue, fillModel, makeTemplate, ORIGINAL, resolveValues, templateLanguages, templateUsage, withEntered } from './templateModel';
import { smallModel } from './testing/editFixtures';
import type { ModelTemplate, TheoryModel } from './types';

const load = (file: string) => JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8')) as TheoryModel;

function template(): TheoryModel {
  const doc = smallModel();
  return {
    ...doc,
    meta: { title: '基于{region}{industry}特色的模型', language: 'zh-CN', labels: { en: 'Model of {industry} in {region}' } },
    nodes: doc.nodes.map((n) =>
      n.id === 'a1'
        ? { ...n, label: '{enterprise}', labels: { en: '{enterprise}' }, description: '{region}的{enterprise}' }
        : n.id === 'a2'
          ? { ...n, label: '{{学校}}', labels: { en: 'School' } }
          : n,
    ),
    template: {
      placeholders: [
        { id: 'region', label: '地区', default: '宁波', defaults: { en: 'Ningbo' } },
        { id: 'industry', label: '行业', default: '智能制造', defaults: { en: 'smart manufacturing' } },
        { id: 'enterprise', label: '企业', default: '{industry}企业', defaults: { en: 'Smart-manufacturing enterprise' } },
      ],
    },
  };
}

const tpl = (doc: TheoryModel) => doc.template as ModelTemplate;
const node = (doc: TheoryModel, id: string) => doc.nodes.find((n) => n.id === id)!;

describe('resolveValues', () => {
  it('reads a blanked original-language value as its default, built from the other values', () => {
    const values = resolveValues(tpl(template()), { [ORIGINAL]: { industry: '轨道交通', enterprise: '  ', region: '' } }, ['en']);
    expect(Object.fromEntries(values.original)).toEqual({ region: '宁波', industry: '轨道交通', enterprise: '轨道交通企业' });
  });
  it('uses defaults, derived defaults follow what was typed', () => {
    const values = resolveValues(tpl(template()), { [ORIGINAL]: { industry: '轨道交通' } }, ['en']);
    expect(Object.fromEntries(values.original)).toEqual({ region: '宁波', industry: '轨道交通', enterprise: '轨道交通企业' });
  });

  it('a translated default applies only while the original value is the default', () => {
    const values = resolveValues(tpl(template()), { [ORIGINAL]: { region: '成都', industry: '轨道交通' }, en: { region: 'Chengdu' } }, ['en']);
    // region: typed; industry: changed without English → none; enterprise: derived from a changed value → none.
    expect(Object.fromEntries(values.translations.get('en')!)).toEqual({ region: 'Chengdu', industry: null, enterprise: null });
  });

  it('an emptied translation field means no value, not the default', () => {
    const values = resolveValues(tpl(template()), { en: { region: '' } }, ['en']);
    expect(values.translations.get('en')?.get('region')).toBeNull();
    expect(values.translations.get('en')?.get('industry')).toBe('smart manufacturing');
  });

  it('a cycle of defaults stops instead of looping', () => {
    const cyclic: ModelTemplate = { placeholders: [{ id: 'a', label: 'a', default: 'x{b}' }, { id: 'b', label: 'b', default: 'y{a}' }] };
    const values = resolveValues(cyclic, {}, []);
    expect(values.original.get('a')).toBe('xy{a}');
  });
});

describe('fillModel', () => {
  it('fills labels, translations, descriptions and the title, and returns an ordinary model', () => {
    const doc = template();
    const filled = fillModel(doc, resolveValues(tpl(doc), { [ORIGINAL]: { region: '佛山', industry: '家电制造' }, en: { region: 'Foshan', industry: 'home appliances', enterprise: 'Appliance maker' } }, ['en']));
    expect(filled.template).toBeUndefined();
    expect(filled.meta.title).toBe('基于佛山家电制造特色的模型');
    expect(filled.meta.labels).toEqual({ en: 'Model of home appliances in Foshan' });
    expect(node(filled, 'a1')).toMatchObject({ label: '家电制造企业', labels: { en: 'Appliance maker' }, description: '佛山的家电制造企业' });
    expect(node(filled, 'a2').label).toBe('{学校}'); // an escaped brace becomes a plain one
    expect(doc.template).toBeDefined(); // the input is untouched
  });

  it('leaves out a translation whose value is missing, so it shows as untranslated', () => {
    const doc = template();
    const filled = fillModel(doc, resolveValues(tpl(doc), { [ORIGINAL]: { region: '成都', industry: '轨道交通' } }, ['en']));
    expect(node(filled, 'a1').labels).toBeUndefined();
    expect(filled.meta.labels).toBeUndefined();
    expect(node(filled, 'a2').labels).toEqual({ en: 'School' });
  });

  it('inserts values with braces and Chinese punctuation literally', () => {
    const doc = template();
    const region = '「宁波」，{industry}、}}';
    const filled = fillModel(doc, resolveValues(tpl(doc), { [ORIGINAL]: { region } }, []));
    expect(filled.meta.title).toBe(`基于${region}智能制造特色的模型`);
    expect(node(filled, 'a1').description).toBe(`${region}的智能制造企业`);
  });
});

describe('the Figure 2 template', () => {
  const figure2 = load('figure-2.json');
  const source = load('figure-2-template.json');

  it('declares the placeholders the wizard asks for, each used, all with English defaults', () => {
    expect(source.template?.placeholders.map((p) => p.id)).toEqual(['region', 'industry', 'enterprise', 'school', 'certificate']);
    for (const p of source.template!.placeholders) expect(p.defaults?.en, p.id).toBeTruthy();
    expect(templateUsage(source)).toEqual({ undeclared: new Map(), unused: [] });
    expect(templateLanguages(source)).toEqual(['en']);
  });

  it('filled with its defaults gives Figure 2 exactly (apart from the description that says it is a template)', () => {
    const filled = fillModel(source, resolveValues(tpl(source), {}, ['en']));
    const strip = (doc: TheoryModel) => ({ ...doc, meta: { ...doc.meta, description: undefined } });
    expect(strip(filled)).toEqual(strip(figure2));
  });

  it('adapted to 佛山 / 家电制造 names the new region and industry and keeps no trace of the old', () => {
    const filled = fillModel(source, resolveValues(tpl(source), { [ORIGINAL]: { region: '佛山', industry: '家电制造' } }, ['en']));
    expect(filled.meta.title).toBe('基于佛山家电制造特色的"1+X"证书制度实施的理论模型');
    expect(filled.nodes.map((n) => n.label)).toContain('家电制造企业');
    expect(filled.nodes.map((n) => n.label)).toContain('家电制造企业的驱动力');
    const text = listTextFields(filled).map((f) => f.text).join('\n');
    for (const old of ['宁波', '智能制造', 'Ningbo', 'Smart-manufacturing enterprise', '{']) expect(text).not.toContain(old);
    expect(filled.meta.source).toBe(figure2.meta.source); // the citation does not change
  });
});

describe('makeTemplate (Save as template)', () => {
  it('turns every occurrence into a placeholder with the word as default, and fills back to the model', () => {
    const doc = { ...smallModel(), meta: { title: '宁波 {模型}', language: 'zh-CN', labels: { en: 'Ningbo model' } } };
    doc.nodes = doc.nodes.map((n) => (n.id === 'a1' ? { ...n, label: '宁波学校', labels: { en: 'Ningbo school' }, description: '在宁波' } : n));
    const made = makeTemplate(doc, [{ id: 'region', label: '地区', word: '宁波', words: { en: 'Ningbo' } }]);
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    expect(made.counts.get('region')).toBe(5);
    expect(made.doc.meta.title).toBe('{region} {{模型}}');
    expect(node(made.doc, 'a1')).toMatchObject({ label: '{region}学校', labels: { en: '{region} school' }, description: '在{region}' });
    expect(made.doc.template?.placeholders).toEqual([{ id: 'region', label: '地区', default: '宁波', defaults: { en: 'Ningbo' } }]);
    expect(fillModel(made.doc, resolveValues(tpl(made.doc), {}, ['en']))).toEqual(doc);
  });

  it('refuses bad or taken ids, empty words and words that occur nowhere', () => {
    const doc = template();
    const made = makeTemplate(doc, [
      { id: 'my region', label: '', word: 'x' },
      { id: 'region', label: '', word: 'y' },
      { id: 'ok', label: '', word: '' },
    ]);
    expect(made.ok || made.problems.map((p) => p.code)).toEqual(['invalid-id', 'duplicate-id', 'empty-word']);
    const missing = makeTemplate(doc, [{ id: 'city', label: '城市', word: '不存在的词' }]);
    expect(missing.ok || missing.problems).toEqual([{ code: 'not-found', id: 'city' }]);
  });
});

describe('placeholder ids that are Object.prototype members (issue 17, defect 1)', () => {
  // Every own member name of Object.prototype that the id pattern allows: constructor, toString,
  // valueOf, hasOwnProperty, __proto__, __defineGetter__, …
  const names = Object.getOwnPropertyNames(Object.prototype).filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
  const attack = load('../src/io/testing/attacks/template-prototype-ids.json');

  it('the attack fixture resolves to its defaults, all strings (it used to throw "e.trim is not a function")', () => {
    const values = resolveValues(tpl(attack), {}, []);
    for (const p of tpl(attack).placeholders) expect(values.original.get(p.id)).toBe(`value of ${p.id}`);
    expect([...values.original.values()].every((v) => typeof v === 'string' && v.trim() !== '')).toBe(true);
    const filled = fillModel(attack, values);
    expect(filled.nodes.map((n) => n.label)).toEqual(tpl(attack).placeholders.map((p) => `value of ${p.id}`));
  });

  it('every member name as an id: defaults, typed values and translations are own values', () => {
    expect(names).toContain('__proto__');
    const doc: TheoryModel = {
      ...attack,
      nodes: names.map((n, i) => ({ id: `n${i}`, kind: 'actor', label: `{${n}}`, labels: { fr: `{${n}}` }, position: { x: 0, y: i * 60 } })),
      template: { placeholders: names.map((n) => ({ id: n, label: n, default: `d-${n}` })) },
    };
    let entered = {};
    for (const n of names) entered = withEntered(entered, ORIGINAL, n, `typed-${n}`);
    expect(enteredValue(entered, ORIGINAL, '__proto__')).toBe('typed-__proto__');
    expect(enteredValue({}, ORIGINAL, 'constructor')).toBeUndefined();
    expect(enteredValue({}, 'constructor', 'toString')).toBeUndefined();
    const typed = resolveValues(tpl(doc), entered, ['fr']);
    for (const n of names) expect(typed.original.get(n)).toBe(`typed-${n}`);
    // No French value was given: every French text needs one, so none is filled.
    for (const n of names) expect(typed.translations.get('fr')?.get(n)).toBeNull();
    const filled = fillModel(doc, typed);
    expect(filled.nodes.map((n) => n.label)).toEqual(names.map((n) => `typed-${n}`));
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
