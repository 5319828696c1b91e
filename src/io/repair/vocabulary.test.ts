import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../i18n/message';
import { englishNotes } from '../testing/english';
import { validModel } from '../testing/fixtures';
import { PLACEHOLDER_COLOR, repairVocabulary } from './vocabulary';

describe('repairVocabulary', () => {
  it('declares an unknown node kind in grey with its id as label', () => {
    const model = validModel();
    model.nodes.push({ id: 'r1', kind: 'resource', label: 'x', position: { x: 0, y: 0 } });
    model.nodes.push({ id: 'r2', kind: 'resource', label: 'y', position: { x: 0, y: 0 } });
    const { model: out, notes } = repairVocabulary(model);
    expect(out.vocabulary.nodeKinds.at(-1)).toEqual({ id: 'resource', label: 'resource', color: PLACEHOLDER_COLOR });
    expect(englishNotes(notes)).toEqual([
      expect.objectContaining({ code: 'unknown-kind-added', ids: ['resource'], message: expect.stringMatching(/used by 2 nodes/) }),
    ]);
  });

  it('never declares the built-in group kind', () => {
    const { model: out, notes } = repairVocabulary(validModel());
    expect(out.vocabulary.nodeKinds.map((k) => k.id)).toEqual(['actor', 'driver']);
    expect(notes).toEqual([]);
  });

  it('declares an unknown relation type likewise', () => {
    const model = validModel();
    model.edges.push({ id: 'e2', source: 'a1', target: 'd1', relation: 'supports' });
    const { model: out, notes } = repairVocabulary(model);
    expect(out.vocabulary.relationTypes.at(-1)).toEqual({ id: 'supports', label: 'supports', color: PLACEHOLDER_COLOR });
    expect(notes[0]).toMatchObject({ code: 'unknown-relation-added', ids: ['supports'] });
  });

  it('notes, but keeps, from/to restrictions and bands naming unknown kinds', () => {
    const model = validModel();
    model.vocabulary.relationTypes[0].from = ['driver', 'ghost'];
    model.vocabulary.relationTypes[0].to = ['group'];
    model.layout = { bands: [['driver'], ['phantom', 'spectre']] };
    const { model: out, notes } = repairVocabulary(model);
    expect(out.vocabulary.relationTypes[0].from).toEqual(['driver', 'ghost']);
    expect(notes.map((n) => [n.code, n.ids])).toEqual([
      ['unknown-kind-reference', ['ghost']],
      ['unknown-kind-reference', ['phantom', 'spectre']],
    ]);
    expect(inEnglish(notes[1].message)).toMatch(/Layout band 2/);
  });
});
