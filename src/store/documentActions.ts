import { setEdgeRelation } from '../model/fieldEdits';
import { replaceAll, type FindOptions } from '../model/findReplace';
import { setRuleEnabled } from '../model/lint/settings';
import type { Rule } from '../model/lint/types';
import { retypeNodes, type RetypeResult } from '../model/retype';
import { useAppStore } from './appStore';
import { endFieldEdit } from './fieldSession';

/**
 * Named store actions for the panels' own edits (Inspector, Find, Problems, Save as template;
 * issue 11: panels never call `edit()` ad hoc). Each is at most one undo step over a pure edit
 * from src/model and ends any field edit in progress first, so that edit cannot absorb it.
 * The panels keep what only they know: which notice to show, in which words.
 */

const state = () => useAppStore.getState();

/** One undo step for a panel's edit, after ending the field edit in progress. */
export function commit(change: Parameters<ReturnType<typeof useAppStore.getState>['edit']>[0]): boolean {
  endFieldEdit();
  return state().edit(change);
}

/** Changes an edge's relation type (refused, unchanged, when the type does not fit its ends). */
export const setEdgeRelationAction = (edgeId: string, relation: string) => commit((d) => setEdgeRelation(d, edgeId, relation));

/** Replaces every occurrence of `query` in the model's texts; returns how many were replaced. */
export function replaceText(query: string, replacement: string, options: FindOptions): number {
  let count = 0;
  commit((d) => {
    const result = replaceAll(d, query, replacement, options);
    count = result.count;
    return result.doc;
  });
  return count;
}

/** Turns one of the model's checks on or off (saved with the model, so an undo step). */
export const setCheckEnabled = (rule: Rule, enabled: boolean) => commit((d) => setRuleEnabled(d, rule, enabled));

/** Changes the kind of nodes; when an edge blocks it nothing changes and the result says which. */
export function retypeNodesAction(ids: Iterable<string>, kind: string): RetypeResult {
  endFieldEdit();
  const result = retypeNodes(state().doc, ids, kind);
  if (result.blocked.length === 0) commit(() => result.doc);
  return result;
}
