/**
 * A Lucene query as `Query.toString()` prints it (`+projid:10000 +(summary:payroll) -status:6`)
 * with its text values masked: field names, occurrence marks (`+ - #`), groups, ranges, boosts
 * and numbers stay (they give the query's shape), words and phrases go.
 */
import type { Scope } from '../../types.ts';
import { marker } from './marker.ts';

/** A phrase, an occurrence mark or paren, or a run up to the next blank, paren or quote. */
const TOKEN = /"(?:[^"\\]|\\.)*"?|[+\-#()]|[^\s()"]+/g;
/** `field:` (Jira's fields: `projid`, `issue_author`, `customfield_10010`, `sort_summary`). */
const FIELD = /^[A-Za-z_][\w.]*:/;
/** Numbers and ids, relative dates, `*` alone, boosts and slops (`^2.0`, `~2`). */
const HARMLESS = /^(?:-?\d[\dwdhm.:/-]*|\*(?::\*)?|[~^][\d.]*)$/i;
const KEPT_WORDS = new Set(['AND', 'OR', 'NOT', 'TO']);
/** Range brackets around a value, and a boost or slop after it. */
const RANGE_OPEN = /^[[{]+/;
const VALUE_SUFFIX = /(?:[\]}]+|[~^][\d.]*)+$/;
const MASK = `"${marker('jql')}"`;

export function maskLucene(query: string, scope: Scope): string {
  let out = '';
  let last = 0;
  TOKEN.lastIndex = 0;
  let t: RegExpExecArray | null;
  while ((t = TOKEN.exec(query)) !== null) {
    const token = t[0];
    if (token.length === 1 && '+-#()'.includes(token)) continue;
    let start = t.index;
    let value = token;
    const field = FIELD.exec(token);
    if (field !== null) {
      start += field[0].length;
      value = token.slice(field[0].length);
      // `*:*` matches everything; `summary:` alone is followed by a phrase or a group.
      if (value === '' || value === '*') continue;
    } else if (token.charCodeAt(0) !== 34 && query.charCodeAt(TOKEN.lastIndex) === 40) {
      // A word right before `(` names a wrapper (`ConstantScore(…)`).
      continue;
    }
    const open = RANGE_OPEN.exec(value);
    if (open !== null) {
      start += open[0].length;
      value = value.slice(open[0].length);
    }
    const suffix = VALUE_SUFFIX.exec(value);
    if (suffix !== null && suffix.index > 0) value = value.slice(0, suffix.index);
    if (value === '' || KEPT_WORDS.has(value) || HARMLESS.test(value)) continue;
    if (value.charCodeAt(0) === 34 && HARMLESS.test(value.slice(1, -1))) continue;
    out += query.slice(last, start) + MASK;
    last = start + value.length;
    scope.hit('jql');
  }
  return last === 0 ? query : out + query.slice(last);
}

/**
 * Whether a query reads as Lucene (`field:value`, no JQL operator outside quotes). What is
 * neither stays as it is.
 */
export function looksLikeLucene(query: string): boolean {
  return LUCENE_CLAUSE.test(query) && !JQL_OPERATOR.test(query);
}

/** A `field:value` clause. */
export function hasLuceneClause(query: string): boolean {
  return LUCENE_CLAUSE.test(query);
}

/** A JQL operator outside a quoted string (`=`, `!=`, `~`, `<`, `>`, `in (`, `is`, `was`). */
export function looksLikeJql(query: string): boolean {
  return JQL_OPERATOR.test(query);
}

const LUCENE_CLAUSE = /(?:^|[\s+\-#(])[A-Za-z_][\w.]*:[^\s)]/;
// `~2` after a word is Lucene's slop; JQL's `~` stands apart from the field before it.
const JQL_OPERATOR = /^(?:[^"]|"(?:[^"\\]|\\.)*")*?(?:[=<>]|\s!?~\s|\s(?:in|IN|is|IS|was|WAS)\s)/;
