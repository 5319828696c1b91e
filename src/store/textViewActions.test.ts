import { beforeEach, describe, expect, it } from 'vitest';
import { parse, type TextDoc } from '../io/text';
import { blankModel } from '../model/blank';
import { history, useAppStore } from './appStore';
import { endFieldEdit } from './fieldSession';
import { applyTextView, endTextBurst } from './textViewActions';

function textDoc(text: string): TextDoc {
  const r = parse(text, useAppStore.getState().doc.vocabulary);
  if (!r.ok) throw new Error(r.errors[0].message);
  return r.doc;
}

beforeEach(() => {
  endFieldEdit();
  useAppStore.setState({ doc: { ...blankModel('t', new Date(0)), nodes: [{ id: 'a', kind: 'actor', label: 'A', position: { x: 10, y: 20 } }] } });
  history().clear();
});

describe('applyTextView', () => {
  it('makes a burst of applied texts one undo step, and keeps the positions of surviving nodes', () => {
    const start = useAppStore.getState().doc;
    expect(applyTextView(textDoc('a: actor "A"\nb: actor "B"'))).toEqual({ status: 'applied' });
    expect(applyTextView(textDoc('a: actor "A"\nb: actor "B"\nc: actor "C"\na -> c : cooperates'))).toEqual({ status: 'applied' });
    endTextBurst();
    const doc = useAppStore.getState().doc;
    expect(doc.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(doc.nodes[0]).toBe(start.nodes[0]);
    expect(history().pastStates).toHaveLength(1);
    history().undo();
    expect(useAppStore.getState().doc).toBe(start);
  });

  it('records nothing for a text that describes the open model', () => {
    expect(applyTextView(textDoc('# only a comment\na: actor "A"'))).toEqual({ status: 'unchanged' });
    expect(history().pastStates).toHaveLength(0);
  });

  it('starts a new step after the burst ends', () => {
    applyTextView(textDoc('a: actor "A"\nb: actor "B"'));
    endTextBurst();
    applyTextView(textDoc('a: actor "A2"\nb: actor "B"'));
    endTextBurst();
    expect(history().pastStates).toHaveLength(2);
  });
});
