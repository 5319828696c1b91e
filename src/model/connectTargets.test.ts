import { describe, expect, it } from 'vitest';
import { connectRelations, connectTargets } from './connectTargets';
import { figure2Model } from './testing/validity';

const doc = figure2Model();

describe('connectTargets', () => {
  it('offers only nodes a relation allows from the source kind, never itself or a group', () => {
    // A driver only motivates actors.
    const ids = connectTargets(doc, 'drv-student-job', '', 'zh').map((c) => c.id);
    expect(ids).toEqual(['actor-org', 'actor-school', 'actor-student', 'actor-enterprise']);
  });

  it('matches a label in either language, ignoring case', () => {
    expect(connectTargets(doc, 'actor-student', '企业', 'zh').map((c) => c.id)).toEqual(['actor-enterprise']);
    expect(connectTargets(doc, 'actor-student', 'smart', 'zh').map((c) => c.id)).toEqual(['actor-enterprise']);
    expect(connectTargets(doc, 'actor-student', 'SCHOOL', 'en').map((c) => c.id)).toContain('actor-school');
  });

  it('shows the label in the diagram language and the other names beside it', () => {
    const [choice] = connectTargets(doc, 'actor-student', 'smart', 'en');
    expect(choice.label).toBe('Smart-manufacturing enterprise');
    expect(choice.others).toEqual(['智能制造企业']);
  });

  it('puts labels that start with the query before those that only contain it', () => {
    const ids = connectTargets(doc, 'actor-org', 'school', 'en').map((c) => c.id);
    expect(ids[0]).toBe('actor-school');
    expect(ids.length).toBeGreaterThan(1);
  });

  it('finds nothing for an unknown source or a query nothing matches', () => {
    expect(connectTargets(doc, 'nope', '', 'zh')).toEqual([]);
    expect(connectTargets(doc, 'actor-student', 'zzzz', 'zh')).toEqual([]);
  });
});

describe('connectRelations', () => {
  it('lists the relation types the vocabulary allows between the two kinds, marking ones already drawn', () => {
    const choices = connectRelations(doc, 'actor-school', 'actor-enterprise', 'en');
    expect(choices.map((c) => c.id)).toEqual(['cooperates', 'takes-part']);
    const drawn = doc.edges.filter((e) => e.source === 'actor-school' && e.target === 'actor-enterprise').map((e) => e.relation);
    expect(choices.filter((c) => c.exists).map((c) => c.id)).toEqual(drawn);
    expect(choices[0].label).toBe('Cooperates with');
  });

  it('offers nothing the rules forbid', () => {
    expect(connectRelations(doc, 'actor-school', 'drv-student-job', 'zh')).toEqual([]);
    expect(connectRelations(doc, 'actor-school', 'actor-school', 'zh')).toEqual([]);
  });
});
