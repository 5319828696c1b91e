/** Builders for repair notes that concern many paths at once (unknown fields, reserved keys). */
import { formatPath, pathPattern } from './paths';
import type { Message } from '../i18n/message';
import type { RepairCode, RepairNote } from './types';

/** Paths listed per note: enough to find the spot, not a wall of text for a 10,000-node file. */
const MAX_PATHS_PER_NOTE = 5;

/**
 * One note per path pattern: 800 nodes each carrying `selected` become one note
 * ("nodes[].selected, 800 places"), not 800.
 */
export function notesByPattern(
  code: RepairCode,
  paths: PropertyKey[][],
  describe: (pattern: string, count: number) => Message,
): RepairNote[] {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const pattern = pathPattern(path);
    const list = groups.get(pattern) ?? [];
    list.push(formatPath(path));
    groups.set(pattern, list);
  }
  return [...groups].map(([pattern, list]) => ({
    code,
    message: describe(pattern, list.length),
    paths: list.slice(0, MAX_PATHS_PER_NOTE),
  }));
}
