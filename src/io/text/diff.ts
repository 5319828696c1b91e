/**
 * The smallest set of whole-line changes turning one text into another, in the old text's offsets.
 * An editor applies them as one transaction, so a cursor on an untouched line stays where it was.
 * Common leading and trailing lines are skipped first; the middle is a longest-common-subsequence
 * diff, or one replacement when it is too large to compare line by line.
 */
export type TextChange = { from: number; to: number; insert: string };

const MAX_CELLS = 4_000_000;

export function diffLines(before: string, after: string): TextChange[] {
  if (before === after) return [];
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const offsets: number[] = [0];
  for (const line of a) offsets.push(offsets[offsets.length - 1] + line.length + 1);
  /** Replaces old lines [i, j) with new lines [k, l) as one change. */
  const hunk = (i: number, j: number, k: number, l: number): TextChange => {
    const inserted = b.slice(k, l).join('\n');
    if (i === j) {
      // Pure insertion before old line i (or after the last line).
      if (i < a.length) return { from: offsets[i], to: offsets[i], insert: `${inserted}\n` };
      return { from: before.length, to: before.length, insert: `\n${inserted}` };
    }
    const from = offsets[i];
    const to = offsets[j] - 1; // end of old line j-1, before its break
    if (k === l) {
      // Pure deletion: take one line break with the lines.
      return j < a.length ? { from, to: to + 1, insert: '' } : { from: Math.max(0, from - 1), to, insert: '' };
    }
    return { from, to, insert: inserted };
  };
  const n = endA - start;
  const m = endB - start;
  if (n * m > MAX_CELLS) return [hunk(start, endA, start, endB)];
  // LCS table over the middle, then walk it to emit hunks.
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[start + i] === b[start + j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const changes: TextChange[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[start + i] === b[start + j]) {
      i++;
      j++;
      continue;
    }
    const i0 = i;
    const j0 = j;
    while ((i < n || j < m) && !(i < n && j < m && a[start + i] === b[start + j])) {
      if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) j++;
      else i++;
    }
    changes.push(hunk(start + i0, start + i, start + j0, start + j));
  }
  return changes;
}

/** Applies changes given in the old text's offsets (for tests and non-editor callers). */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  let out = text;
  for (const c of [...changes].sort((x, y) => y.from - x.from)) out = out.slice(0, c.from) + c.insert + out.slice(c.to);
  return out;
}
