import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../i18n/message';
import { validModel } from '../testing/fixtures';
import { removeDanglingEdges } from './edges';

describe('removeDanglingEdges', () => {
  it('removes edges with a missing end and lists every one by id', () => {
    const model = validModel();
    model.edges.push(
      { id: 'e2', source: 'd1', target: 'ghost', relation: 'motivates' },
      { id: 'e3', source: 'nobody', target: 'nobody', relation: 'motivates' },
      { id: 'e4', source: 'a1', target: 'a1', relation: 'motivates' }, // a self-loop is fine
    );
    const { model: out, notes } = removeDanglingEdges(model);
    expect(out.edges.map((e) => e.id)).toEqual(['e1', 'e4']);
    expect(notes.map((n) => n.ids)).toEqual([['e2'], ['e3']]);
    expect(inEnglish(notes[0].message)).toBe('Removed the edge "e2" ("motivates" from "d1" to "ghost"): node "ghost" does not exist.');
    expect(inEnglish(notes[1].message)).toMatch(/node "nobody" does not exist/);
  });
});
