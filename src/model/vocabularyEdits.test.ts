import { describe, expect, it } from 'vitest';
import { blankModel } from './blank';
import { localize } from './language';
import { figure2Model, vocabularyProblems } from './testing/validity';
import type { TheoryModel } from './types';
import {
  addEntry,
  moveEntry,
  newEntryId,
  nextColor,
  setEntryColor,
  setEntryText,
  setRelationHead,
  setRelationWidth,
  setKindShape,
  setRelationArrow,
  setRelationEnds,
  setRelationLine,
  slugify,
} from './vocabularyEdits';

const blank = () => blankModel('t', new Date(0));

describe('new entries', () => {
  it('slugs labels to ASCII ids', () => {
    expect(slugify('Key actor')).toBe('key-actor');
    expect(slugify('  Café / Bar!  ')).toBe('cafe-bar');
    expect(slugify('关键主体')).toBe('');
  });
  it('makes ids unique, prefers an English hint, and numbers labels without ASCII', () => {
    const d = blank();
    expect(newEntryId(d, 'nodeKinds', ['Actor'])).toBe('actor-2');
    expect(newEntryId(d, 'nodeKinds', ['Government', '政府'])).toBe('government');
    expect(newEntryId(d, 'nodeKinds', ['政府'])).toBe('kind-4');
    expect(newEntryId(d, 'nodeKinds', ['Group'])).toBe('group-2');
    expect(newEntryId(d, 'relationTypes', ['影响'])).toBe('relation-5');
  });
  it('adds a kind named in the original language, with an unused colour', () => {
    const d = blank();
    const { doc: next, id } = addEntry(d, 'nodeKinds', ' 政府 ', 'zh');
    expect(id).toBe('kind-4');
    const added = next.vocabulary.nodeKinds[3];
    expect(added).toMatchObject({ id: 'kind-4', label: '政府', shape: 'rounded' });
    expect(d.vocabulary.nodeKinds.map((k) => k.color)).not.toContain(added.color);
    expect(d.vocabulary.nodeKinds).toHaveLength(3);
  });
  it('adds a relation named in English to a Chinese model as label and English translation', () => {
    const { doc: next, id } = addEntry(blank(), 'relationTypes', 'Influences', 'en');
    expect(id).toBe('influences');
    const added = next.vocabulary.relationTypes.at(-1)!;
    expect(added).toMatchObject({ label: 'Influences', labels: { en: 'Influences' } });
    expect(added).not.toHaveProperty('shape');
  });
  it('adds nothing for an empty name', () => {
    const d = blank();
    expect(addEntry(d, 'nodeKinds', '   ', 'zh').doc).toBe(d);
  });
  it('offers each palette colour once before repeating', () => {
    let d: TheoryModel = blank();
    const colours = new Set<string>();
    for (let i = 0; i < 5; i++) {
      colours.add(nextColor(d, 'nodeKinds'));
      d = addEntry(d, 'nodeKinds', `k${i}`, 'zh').doc;
    }
    expect(colours.size).toBe(5);
  });
});

describe('rename, recolour, restyle', () => {
  it('renames in the original language and in English', () => {
    const d = blank();
    const zh = setEntryText(d, 'nodeKinds', 'actor', 'zh', '主体');
    expect(zh.vocabulary.nodeKinds[0]).toMatchObject({ label: '主体', labels: { en: 'Key actor' } });
    const en = setEntryText(d, 'relationTypes', 'provides', 'en', 'supplies');
    const provides = en.vocabulary.relationTypes.find((r) => r.id === 'provides')!;
    expect(localize(provides.label, provides.labels, 'en', 'zh-CN').text).toBe('supplies');
    expect(setEntryText(d, 'nodeKinds', 'actor', 'zh', '关键主体')).toBe(d);
    expect(setEntryText(d, 'nodeKinds', 'nope', 'zh', 'x')).toBe(d);
  });
  it('recolours only with #rrggbb values', () => {
    const d = blank();
    const next = setEntryColor(d, 'nodeKinds', 'actor', '#FF0000');
    expect(next.vocabulary.nodeKinds[0].color).toBe('#ff0000');
    expect(next.vocabulary.nodeKinds[1]).toBe(d.vocabulary.nodeKinds[1]);
    for (const bad of ['red', '#f00', '#ff000', 'red;background:url(x)', '#gggggg']) expect(setEntryColor(d, 'nodeKinds', 'actor', bad)).toBe(d);
    expect(setEntryColor(d, 'relationTypes', 'provides', '#2E7D32')).toBe(d);
  });
  it('changes shape, line and arrowheads, and nothing when already so', () => {
    const d = blank();
    expect(setKindShape(d, 'actor', 'ellipse').vocabulary.nodeKinds[0].shape).toBe('ellipse');
    expect(setKindShape(d, 'actor', 'rectangle')).toBe(d);
    expect(setRelationLine(d, 'provides', 'dotted').vocabulary.relationTypes[2].line).toBe('dotted');
    expect(setRelationLine(d, 'provides', 'solid')).toBe(d);
    expect(setRelationArrow(d, 'provides', 'none').vocabulary.relationTypes[2].arrow).toBe('none');
    expect(setRelationArrow(d, 'cooperates', 'both')).toBe(d);
  });
});

describe('relation looks (format v3)', () => {
  it('sets the arrowhead shape; the default counts as already set', () => {
    const d = blank();
    const diamond = setRelationHead(d, 'provides', 'diamond');
    expect(diamond.vocabulary.relationTypes[2].head).toBe('diamond');
    expect(diamond.vocabulary.relationTypes[0]).toBe(d.vocabulary.relationTypes[0]);
    expect(setRelationHead(d, 'provides', 'filled')).toBe(d);
    expect(setRelationHead(d, 'nope', 'circle')).toBe(d);
  });
  it('sets the width within the format range, to a tenth of a pixel, refusing non-numbers', () => {
    const d = blank();
    expect(setRelationWidth(d, 'provides', 2.44).vocabulary.relationTypes[2].width).toBe(2.4);
    expect(setRelationWidth(d, 'provides', 60).vocabulary.relationTypes[2].width).toBe(6);
    expect(setRelationWidth(d, 'provides', 0).vocabulary.relationTypes[2].width).toBe(0.5);
    expect(setRelationWidth(d, 'provides', 1.6)).toBe(d);
    for (const bad of [NaN, Infinity, -Infinity]) expect(setRelationWidth(d, 'provides', bad)).toBe(d);
  });
});

describe('reorder', () => {
  it('moves entries up and down and stops at the ends', () => {
    const d = blank();
    const down = moveEntry(d, 'nodeKinds', 'actor', 1);
    expect(down.vocabulary.nodeKinds.map((k) => k.id)).toEqual(['driver', 'actor', 'resource']);
    expect(moveEntry(down, 'nodeKinds', 'actor', -1).vocabulary.nodeKinds.map((k) => k.id)).toEqual(['actor', 'driver', 'resource']);
    expect(moveEntry(d, 'nodeKinds', 'actor', -1)).toBe(d);
    expect(moveEntry(d, 'relationTypes', 'supports', 1)).toBe(d);
    expect(moveEntry(d, 'relationTypes', 'nope', 1)).toBe(d);
  });
});

describe('relation rules', () => {
  it('restricts and frees the ends of a relation type', () => {
    const d = figure2Model();
    const freed = setRelationEnds(d, 'motivates', 'from', []);
    expect(freed.vocabulary.relationTypes[0]).not.toHaveProperty('from');
    const widened = setRelationEnds(d, 'motivates', 'from', ['driver', 'resource']);
    expect(widened.vocabulary.relationTypes[0].from).toEqual(['driver', 'resource']);
    expect(setRelationEnds(d, 'motivates', 'from', ['driver'])).toBe(d);
  });
  it('refuses a rule that an existing edge would break', () => {
    const d = figure2Model();
    // Figure 2 has driver → actor "motivates" edges: the type may not stop allowing drivers.
    expect(setRelationEnds(d, 'motivates', 'from', ['actor'])).toBe(d);
    expect(setRelationEnds(d, 'supports', 'from', ['resource'])).toBe(d); // a group supports the student
    expect(vocabularyProblems(setRelationEnds(d, 'supports', 'to', ['actor', 'resource']))).toEqual([]);
  });
});
