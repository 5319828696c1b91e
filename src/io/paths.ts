/** JSON paths as users read them: `nodes[3].position.x`, `meta.labels["zh-CN"]`. */

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return join(path, (index) => `[${index}]`);
}

/** The same path with array indices blanked, so 500 `nodes[i].selected` group into one note. */
export function pathPattern(path: ReadonlyArray<PropertyKey>): string {
  return join(path, () => '[]');
}

function join(path: ReadonlyArray<PropertyKey>, index: (i: number) => string): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += index(key);
    else if (typeof key === 'string' && PLAIN_KEY.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? '(root)' : out;
}

/** Reads the value at `path`, or undefined. Own properties only, so a path can't reach a prototype. */
export function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}
