/**
 * JQL with its literal values masked: field names, operators, keywords and functions stay
 * (they say what the query does), the values go (they say what the customer looked for).
 */
import { marker } from './marker.ts';

const TOKEN = /"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?|!=|!~|>=|<=|[=~<>(),]|[^\s"'=~<>!(),]+/g;
const VALUE_OPERATORS = new Set(['=', '!=', '~', '!~', '>', '<', '>=', '<=']);
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

export function maskJql(query: string, onMask: (literal: string) => void): string {
  const tokens = [...query.matchAll(TOKEN)];
  let out = '';
  let last = 0;
  let expect = false;
  let listDepth = 0;
  let ordering = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as RegExpExecArray;
    const word = t[0];
    const lower = word.toLowerCase();
    let replace = false;
    if (word.startsWith('"') || word.startsWith("'")) {
      replace = !ordering;
      expect = listDepth > 0;
    } else if (VALUE_OPERATORS.has(word)) expect = true;
    else if (word === '(') {
      if (expect) listDepth++;
    } else if (word === ')') {
      if (listDepth > 0) listDepth--;
      expect = listDepth > 0;
    } else if (word === ',') expect = listDepth > 0;
    else if (lower === 'order') ordering = true;
    else if (VALUE_WORDS.has(lower) && !expect) expect = true;
    else if (expect && !ordering) {
      const isFunction = tokens[i + 1]?.[0] === '(';
      replace = !isFunction && !KEPT_WORDS.has(lower) && !HARMLESS.test(word);
      expect = listDepth > 0 || isFunction;
    }
    if (replace) {
      out += query.slice(last, t.index) + MASK;
      last = t.index + word.length;
      onMask(word);
    }
  }
  return last === 0 ? query : out + query.slice(last);
}

/** The literal values of a query (what `maskJql` masks), for learning. */
export function jqlLiterals(query: string): string[] {
  const found: string[] = [];
  maskJql(query, (literal) => found.push(literal.replace(/^["']|["']$/g, '')));
  return found;
}
