// The config and the baseline are JSON that a pull request may write. JSON.parse lets the last of two
// equal keys win silently (`{"rules": {...}, "rules": {"jwt": "off"}}` reads as the second), and its
// errors quote the text around the fault, which may hold anything. This checker walks the text once, with
// an explicit stack (no recursion, so nesting depth cannot overflow), and says where the first fault is by
// line and column only; JSON.parse then reads the text it has accepted.
import { escapeControl } from './printable.js';

export class JsonError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

const WS = new Set([' ', '\t', '\n', '\r']);
// JSON forbids C0 raw in a string (and allows DEL and C1): the character class names them.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
/** A longer key is described by its length: it may be a secret pasted in the wrong place. */
const MAX_KEY_SHOWN = 24;
/** A config or baseline nests three levels; JSON.parse overflows its stack somewhere past a few thousand. */
const MAX_DEPTH = 256;

/** 1-based line and column (in UTF-16 code units) of offset `at`. */
function position(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: at - start + 1 };
}

/** An open object or array, and what may come next in it. */
type Frame =
  | { kind: 'object'; keys: Set<string>; state: 'key-or-end' | 'key' | 'colon' | 'value' | 'comma-or-end' }
  | { kind: 'array'; state: 'value-or-end' | 'value' | 'comma-or-end' };

/** Throws a `JsonError` at the first syntax fault or repeated key of an object; returns the parsed value. */
export function parseStrictJson(source: string): unknown {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  let i = 0;
  const fail = (what: string, at = i): never => {
    const { line, column } = position(text, at);
    throw new JsonError(`${what} at line ${line}, column ${column}`, line, column);
  };
  const skip = (): void => {
    while (i < text.length && WS.has(text[i] as string)) i++;
  };
  const token = (re: RegExp): string | undefined => {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) return undefined;
    i += m[0].length;
    return m[0];
  };
  const stack: Frame[] = [];
  /** Reads one scalar, or opens a container. */
  const value = (): void => {
    const c = text[i];
    if ((c === '{' || c === '[') && stack.length >= MAX_DEPTH) fail(`nested deeper than ${MAX_DEPTH} levels`);
    if (c === '{') {
      i++;
      stack.push({ kind: 'object', keys: new Set(), state: 'key-or-end' });
    } else if (c === '[') {
      i++;
      stack.push({ kind: 'array', state: 'value-or-end' });
    } else if (c === '"') {
      if (token(STRING) === undefined) fail('unterminated or invalid string');
    } else if (token(NUMBER) === undefined && token(LITERAL) === undefined) {
      fail(i >= text.length ? 'unexpected end of the text' : 'expected a value');
    }
  };

  skip();
  value();
  for (;;) {
    skip();
    const top = stack.at(-1);
    if (!top) break;
    const c = text[i];
    if (top.kind === 'array') {
      if (top.state === 'value-or-end' && c === ']') {
        i++;
        stack.pop();
      } else if (top.state === 'comma-or-end') {
        if (c === ',') top.state = 'value';
        else if (c === ']') stack.pop();
        else fail("expected ',' or ']'");
        i++;
      } else {
        top.state = 'comma-or-end';
        value();
      }
      continue;
    }
    switch (top.state) {
      case 'key-or-end':
      case 'key': {
        if (top.state === 'key-or-end' && c === '}') {
          i++;
          stack.pop();
          break;
        }
        const at = i;
        const raw = c === '"' ? token(STRING) : undefined;
        if (raw === undefined) fail('expected a property name in double quotes');
        const key = JSON.parse(raw as string) as string;
        if (top.keys.has(key)) {
          const shown = key.length > MAX_KEY_SHOWN ? `of ${key.length} characters` : `"${escapeControl(key)}"`;
          fail(`duplicate key ${shown} (JSON would silently keep only the last one)`, at);
        }
        top.keys.add(key);
        top.state = 'colon';
        break;
      }
      case 'colon':
        if (c !== ':') fail("expected ':'");
        i++;
        top.state = 'value';
        break;
      case 'value':
        top.state = 'comma-or-end';
        value();
        break;
      case 'comma-or-end':
        if (c === ',') top.state = 'key';
        else if (c === '}') stack.pop();
        else fail("expected ',' or '}'");
        i++;
        break;
    }
  }
  if (i < text.length) fail('unexpected text after the JSON value');
  return JSON.parse(text);
}
