/**
 * Where JSON text first goes wrong, as an offset: engines word (and place) JSON.parse errors
 * differently, and some give no position at all, but a message should name line and column.
 * Only called after JSON.parse has failed; an iterative scanner, so deep nesting cannot overflow.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => { while (i < text.length && ' \t\r\n'.includes(text[i])) i++; };
  const stack: ('{' | '[')[] = [];
  // States: 'value' expects a value; 'after' expects , or a closer; 'key' expects a key (or } right after {).
  let state: 'value' | 'after' | 'key' | 'firstKey' | 'firstValue' = 'value';
  const str = (): boolean => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') { i++; if (!'"\\/bfnrtu'.includes(text[i] ?? '')) return false; if (text[i] === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return false; if (text[i] === 'u') i += 4; }
      else if (text.charCodeAt(i) < 0x20) return false;
      i++;
    }
    if (i >= text.length) return false;
    i++;
    return true;
  };
  for (;;) {
    ws();
    const ch = text[i];
    if (state === 'value' || state === 'firstValue') {
      if (state === 'firstValue' && ch === ']') { stack.pop(); i++; state = 'after'; continue; }
      if (ch === '{') { stack.push('{'); i++; state = 'firstKey'; continue; }
      if (ch === '[') { stack.push('['); i++; state = 'firstValue'; continue; }
      if (ch === '"') { if (!str()) return i; state = 'after'; continue; }
      const lit = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
      if (!lit) return i;
      i += lit[0].length;
      state = 'after';
      continue;
    }
    if (state === 'key' || state === 'firstKey') {
      if (state === 'firstKey' && ch === '}') { stack.pop(); i++; state = 'after'; continue; }
      if (ch !== '"' || !str()) return i;
      ws();
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
      continue;
    }
    // after a value
    const top = stack[stack.length - 1];
    if (top === undefined) return i < text.length ? i : text.length;
    if (ch === ',') { i++; state = top === '{' ? 'key' : 'value'; continue; }
    if ((ch === '}' && top === '{') || (ch === ']' && top === '[')) { stack.pop(); i++; continue; }
    return i;
  }
}
