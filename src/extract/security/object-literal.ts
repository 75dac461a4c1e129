/**
 * Reads the object literals documents use to show a response body: strict JSON, JavaScript object
 * literals with unquoted keys and single quotes, and shorthand (`{ statusCode, error, message }`,
 * where a key stands for a value of unknown type, read here as the empty string).
 */
type Value = string | number | boolean | null | Value[] | { [k: string]: Value };

export function parseObjectLiteral(text: string): Record<string, unknown> | null {
  let i = 0;
  const ws = () => {
    for (;;) {
      while (i < text.length && /\s/.test(text[i]!)) i++;
      if (text.startsWith('//', i)) {
        while (i < text.length && text[i] !== '\n') i++;
      } else if (text.startsWith('/*', i)) {
        const end = text.indexOf('*/', i + 2);
        i = end < 0 ? text.length : end + 2;
      } else return;
    }
  };
  const fail = (): never => {
    throw new Error('not an object literal');
  };
  const str = (): string => {
    const q = text[i]!;
    i++;
    let out = '';
    while (i < text.length && text[i] !== q) {
      if (text[i] === '\\') i++;
      out += text[i] ?? '';
      i++;
    }
    if (text[i] !== q) fail();
    i++;
    return out;
  };
  const ident = (): string => {
    const m = /^[A-Za-z_$][\w$-]*/.exec(text.slice(i));
    if (!m) fail();
    i += m![0].length;
    return m![0];
  };
  const value = (): Value => {
    ws();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') {
      i++;
      const arr: Value[] = [];
      ws();
      while (text[i] !== ']') {
        arr.push(value());
        ws();
        if (text[i] === ',') i++;
        else if (text[i] !== ']') {
          // `[...]` or `...` placeholders inside arrays: skip to the close.
          const end = text.indexOf(']', i);
          if (end < 0) fail();
          i = end;
        }
        ws();
      }
      i++;
      return arr;
    }
    if (c === '"' || c === "'" || c === '`') return str();
    const num = /^-?\d+(\.\d+)?/.exec(text.slice(i));
    if (num) {
      i += num[0].length;
      return Number(num[0]);
    }
    const word = ident();
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null' || word === 'undefined') return null;
    // A bare identifier or type name stands for a value of that kind (`message: string`).
    return word === 'number' ? 0 : '';
  };
  const object = (): { [k: string]: Value } => {
    if (text[i] !== '{') fail();
    i++;
    const out: { [k: string]: Value } = {};
    ws();
    while (text[i] !== '}') {
      if (text.startsWith('...', i)) {
        i += 3;
        ident();
      } else {
        const key = text[i] === '"' || text[i] === "'" ? str() : ident();
        ws();
        if (text[i] === '?') i++;
        ws();
        if (text[i] === ':') {
          i++;
          out[key] = value();
        } else out[key] = '';
      }
      ws();
      if (text[i] === ',' || text[i] === ';') i++;
      else if (text[i] !== '}') fail();
      ws();
    }
    i++;
    return out;
  };
  try {
    ws();
    const v = object();
    return v;
  } catch {
    return null;
  }
}

/** Every balanced top-level `{...}` in a text, in order. */
export function objectSpans(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  let depth = 0;
  let start = -1;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) out.push({ text: text.slice(start, i + 1), index: start });
    }
  }
  return out;
}
