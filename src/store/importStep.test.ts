// @vitest-environment jsdom
/**
 * An import whose format has no positions is opened, then laid out (issue 12: one undo step). The
 * layout's commit merges into the opening's step, and the "Opened …" notice keeps its Undo.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { validModel } from '../io/testing/fixtures';
import { blankModel } from '../model/blank';
import type { TheoryModel } from '../model/types';
import { history, useAppStore } from './appStore';
import { commitAnimated } from './layoutTween';
import { openDocument } from './openDocument';

const before = blankModel('before', new Date(0));
const imported = validModel();
const laidOut = (d: TheoryModel): TheoryModel => ({ ...d, nodes: d.nodes.map((n) => ({ ...n, position: { x: n.position.x + 200, y: n.position.y + 40 } })) });

beforeEach(() => {
  useAppStore.setState({ doc: before, notices: [], uiLang: 'en' });
  history().clear();
});

function openThenLayOut(policy: 'merge' | 'record') {
  let laying = false;
  openDocument(imported, '“imported”', { partOfOpening: () => laying });
  const opened = useAppStore.getState().doc;
  laying = true;
  const done = commitAnimated(opened, laidOut(opened), null, policy);
  laying = false;
  return done;
}

describe('the layout after an import', () => {
  it('with merge, opening and layout are one step: one Undo gives back the model before the import', async () => {
    await openThenLayOut('merge');
    expect(useAppStore.getState().doc.nodes[0].position.x).toBe(imported.nodes[0].position.x + 200);
    expect(history().pastStates).toHaveLength(1);
    // The notice still offers the Undo of the opening, and it goes back past the layout.
    const notice = useAppStore.getState().notices.find((n) => n.text.startsWith('Opened “imported”'))!;
    expect(notice).toBeDefined();
    notice.actions![0].run();
    expect(useAppStore.getState().doc).toBe(before);
  });

  it('recorded as its own step (as before), one Undo only undoes the layout', async () => {
    await openThenLayOut('record');
    expect(history().pastStates).toHaveLength(2);
    history().undo();
    expect(useAppStore.getState().doc.nodes[0].position).toEqual(imported.nodes[0].position);
  });

  it('an edit after the opening ends the notice, as for any opened document', async () => {
    await openThenLayOut('merge');
    useAppStore.getState().edit((d) => ({ ...d, meta: { ...d.meta, title: 'edited' } }));
    await Promise.resolve();
    expect(useAppStore.getState().notices.some((n) => n.text.startsWith('Opened “imported”'))).toBe(false);
  });
});
