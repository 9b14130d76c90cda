/**
 * JQL with its literal values masked: field names, operators, keywords and functions stay
 * (they say what the query does), the values go (they say what the customer looked for).
 */
import type { Scope } from '../../types.ts';
import { marker } from './marker.ts';

// Braces are tokens of their own: Jira's `Query.toString()` wraps each clause in them
// (`{project = "X"} AND {assignee = jdoe}`).
const TOKEN = /"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?|!=|!~|>=|<=|[=~<>(),{}]|[^\s"'=~<>!(),{}]+/g;
const VALUE_WORDS = new Set([
  'in',
  'is',
  'was',
  'from',
  'to',
  'by',
  'before',
  'after',
  'on',
  'during',
]);
const KEPT_WORDS = new Set(['empty', 'null', 'and', 'or', 'not', 'order', 'asc', 'desc']);
/** Relative dates and plain numbers (`-7d`, `2024-01-31`, `3`) identify nothing. */
const HARMLESS = /^-?\d[\dwdhm.:/-]*$/i;

const MASK = `"${marker('jql')}"`;
/**
 * Whether the next token is `(` (the word before it names a function): what TOKEN skips
 * between tokens is white space and a `!` that starts no operator.
 */
const FUNCTION_CALL = /(?:\s|!(?![=~]))*\(/y;

export function maskJql(query: string, onMask: (literal: string) => void): string {
  return maskLiterals(query, onMask);
}

/** `maskJql` counting each masked literal as a `jql` hit: no callback to create per query. */
export function maskJqlCounted(query: string, scope: Scope): string {
  return maskLiterals(query, scope);
}

function maskLiterals(query: string, sink: ((literal: string) => void) | Scope): string {
  let out = '';
  let last = 0;
  let expect = false;
  let listDepth = 0;
  let ordering = false;
  // TOKEN's lastIndex is this loop's state (the sink must not mask JQL itself).
  TOKEN.lastIndex = 0;
  let t: RegExpExecArray | null;
  while ((t = TOKEN.exec(query)) !== null) {
    const word = t[0];
    const first = word.charCodeAt(0);
    let replace = false;
    // " or '
    if (first === 34 || first === 39) {
      replace = !ordering;
      expect = listDepth > 0;
    } else if (startsOperator(first)) expect = true;
    else if (word === '(') {
      if (expect) listDepth++;
    } else if (word === ')') {
      if (listDepth > 0) listDepth--;
      expect = listDepth > 0;
    } else if (word === '{' || word === '}') expect = listDepth > 0;
    else if (word === ',') expect = listDepth > 0;
    else {
      // The keywords have at most 6 letters and lower-casing at most halves a string's
      // length, so a word longer than 12 cannot be one: it skips the copy.
      const lower = word.length <= 12 ? word.toLowerCase() : word;
      if (lower === 'order') ordering = true;
      else if (VALUE_WORDS.has(lower) && !expect) expect = true;
      else if (expect && !ordering) {
        FUNCTION_CALL.lastIndex = TOKEN.lastIndex;
        const isFunction = FUNCTION_CALL.test(query);
        replace = !isFunction && !KEPT_WORDS.has(lower) && !HARMLESS.test(word);
        expect = listDepth > 0 || isFunction;
      }
    }
    if (replace) {
      out += query.slice(last, t.index) + MASK;
      last = t.index + word.length;
      if (typeof sink === 'function') sink(word);
      else sink.hit('jql');
    }
  }
  return last === 0 ? query : out + query.slice(last);
}

/**
 * `=`, `!=`, `~`, `!~`, `>`, `<`, `>=`, `<=`: the operators a value follows. No other token
 * starts with these characters (a `!` alone is skipped), so the first one tells.
 */
function startsOperator(c: number): boolean {
  // = ~ < > !
  return c === 61 || c === 126 || c === 60 || c === 62 || c === 33;
}

/** The literal values of a query (what `maskJql` masks), for learning. */
export function jqlLiterals(query: string): string[] {
  const found: string[] = [];
  maskJql(query, (literal) => found.push(literal.replace(/^["']|["']$/g, '')));
  return found;
}
