/**
 * Two tabs, one draft: the rule that keeps an older tab from overwriting newer work.
 *
 * Every write carries a revision one above the highest this tab knows of, and the writer's tab id.
 * A tab "knows" the revision it restored, loaded or last wrote (`baseRevision`). If the draft in
 * storage was written by another tab with a higher revision than that, someone else saved work
 * this tab has not seen: this tab must stop and ask, not write.
 * Pure functions, so the rule is tested without storage, timers or tabs.
 */
import type { DraftHead } from './envelope';

export type TabPosition = {
  tabId: string;
  /** The newest revision this tab has seen: restored, loaded, or written itself. */
  baseRevision: number;
};

export type WriteDecision = { kind: 'write'; revision: number } | { kind: 'conflict'; theirs: DraftHead };

/** Someone else wrote work this tab has not seen. */
export function isNewerElsewhere(stored: DraftHead | null, mine: TabPosition): boolean {
  return stored !== null && stored.tabId !== mine.tabId && stored.revision > mine.baseRevision;
}

/** May this tab write over what is stored now, and with which revision? */
export function decideWrite(stored: DraftHead | null, mine: TabPosition): WriteDecision {
  if (stored && isNewerElsewhere(stored, mine)) return { kind: 'conflict', theirs: stored };
  const highest = Math.max(mine.baseRevision, stored?.revision ?? 0);
  return { kind: 'write', revision: highest + 1 };
}

/** After "Keep mine and save here": this tab has now seen their revision and writes above it. */
export function takeOverFrom(stored: DraftHead | null, mine: TabPosition): TabPosition {
  return { tabId: mine.tabId, baseRevision: Math.max(mine.baseRevision, stored?.revision ?? 0) };
}
