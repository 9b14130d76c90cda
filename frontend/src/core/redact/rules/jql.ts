/**
 * JQL written in logs, JSON, config and relative URLs: literal values are masked, field names,
 * operators and functions stay. Forms: `?jql=…` (URL-encoded), `JQL 'project = X'`,
 * `"jql": "…"`, and `JQL query: project = X` to the end of the line. A query printed after a
 * `query`/`Query` label (Jira's slow-query lines: `JQL query '…' produced lucene query '…'`,
 * `query: {…}`, `Slow Lucene query: +projid:10000 …`, `BooleanQuery: …`) is masked as JQL or
 * as Lucene, whichever it reads as.
 */
import type { Rule, Scope } from '../types.ts';
import { maskJqlCounted } from './helpers/jql.ts';
import { hasLuceneClause, looksLikeJql, looksLikeLucene, maskLucene } from './helpers/lucene.ts';
import { decodeFormValue } from './helpers/query.ts';
import { Splicer } from './helpers/replace.ts';

// The forms run one after the other, each over the text the one before left (a later form
// sees the values masked).
/** The value of `?jql=` (its name is found by `isJqlParam`). */
const PARAM_VALUE = /[^&\s#"'<>\]]+/y;
// These start with the literal `jql` (what precedes it is checked by a lookbehind), so the
// engine skips through a block instead of trying every word.
const QUOTED =
  /jql(?<=(?:^|\W)jql)(?:[ _]?query)?(?:["']?\s*[:=]\s*|\s+)(?:"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)')/gi;
const PROSE = /jql(?<=(?:^|[^\w?&;/])jql)(?:[ _]?query)?["']?\s*[:=]\s*(?!["'])([^&\n\r]+)/gi;

export const jql: Rule = {
  id: 'jql',
  ruleClass: 'content',
  method: 'mask',
  description: 'Literal values in JQL and Lucene queries (field names, operators and ids stay).',
  // `uery` (case-sensitive, so a plain literal search) finds `query` and `Query` labels.
  hints: [/jql/i, /uery/],
  since: '2026.11.1',
  changed: '2026.11.3',
  apply(text, scope) {
    // The rule also runs for blocks with only `uery`: the `jql` forms are skipped there.
    if (!JQL_WORD.test(text)) return maskLabelled(text, scope);
    const labelled = maskLabelled(maskParams(text, scope), scope);
    return maskProse(maskQuoted(labelled, scope), scope);
  },
};

const JQL_WORD = /jql/i;
const DOUBLE_QUOTED = /"((?:[^"\\\n]|\\.)*)"/y;
/** The closing `'` is the first one no letter follows (`o'brien` stays inside). */
const SINGLE_QUOTED = /'((?:[^'\n]|'(?=\w))*)'/y;
/** SQL is printed after `query` labels too; its values are not this rule's. */
const SQL = /^\s*(?:select|insert|update|delete|with|merge|call)\b/i;
/** A timing after an unquoted query ends it (`… took 2000 ms`). */
const TIMING = /\s+(?:took|in|after)\s+'?\d[\d.,]*'?\s*(?:ms|s|millis\w*|seconds?)\b/;

/**
 * A query after a `query`/`Query` label and `:`, `=` or blanks: quoted, in braces (Jira's
 * `{project = X} AND {…}`) or brackets; after a Lucene label (`lucene query`, `BooleanQuery`)
 * also unquoted to the end of the line. Found from each `uery` (a literal search); class
 * names and stack frames (`LuceneQueryBuilder`, `createLuceneQuery(`) have no separator after it.
 */
function maskLabelled(text: string, scope: Scope): string {
  const splicer = new Splicer(text);
  for (let at = text.indexOf('uery'); at >= 0; at = text.indexOf('uery', at + 4)) {
    const q = text.charCodeAt(at - 1);
    // q, Q
    if ((q !== 113 && q !== 81) || at - 1 < splicer.position) continue;
    const start = afterSeparator(text, at + 4);
    if (start < 0) continue;
    const lucene = isLuceneLabel(text, at - 1);
    const open = text.charCodeAt(start);
    let from = start + 1;
    let to = -1;
    let query: string;
    if (open === 34) {
      DOUBLE_QUOTED.lastIndex = start;
      const m = DOUBLE_QUOTED.exec(text);
      if (m === null) continue;
      const inner = m[1] as string;
      to = from + inner.length;
      query = unescapeJson(inner);
      const masked = maskQuery(query, lucene, scope);
      // The quotes too: JSON.stringify writes them.
      if (masked !== query) splicer.replace(start, to + 1, JSON.stringify(masked));
      continue;
    } else if (open === 39) {
      SINGLE_QUOTED.lastIndex = start;
      const m = SINGLE_QUOTED.exec(text);
      if (m === null) continue;
      to = from + (m[1] as string).length;
    } else if (open === 123 || open === 91) {
      // { or [: to the last closing one on the line; Jira's braces stay in the query.
      const lineEnd = endOfLine(text, start);
      to = text.lastIndexOf(open === 123 ? '}' : ']', lineEnd - 1);
      if (to < start) continue;
      if (open === 123) {
        from = start;
        to += 1;
      }
    } else if (lucene) {
      from = start;
      to = endOfLine(text, start);
      const timing = TIMING.exec(text.slice(from, to));
      if (timing !== null) to = from + timing.index;
    } else continue;
    query = text.slice(from, to);
    const masked = maskQuery(query, lucene, scope);
    if (masked !== query) splicer.replace(from, to, masked);
  }
  return splicer.finish();
}

/** Where the query starts after `query`: past an optional closing quote, `:`/`=` and blanks. */
function afterSeparator(text: string, at: number): number {
  let pos = at;
  let c = text.charCodeAt(pos);
  // "query": or 'query'=
  if ((c === 34 || c === 39) && isSeparator(text.charCodeAt(pos + 1))) c = text.charCodeAt(++pos);
  let separated = false;
  while (c === 32 || c === 9) c = text.charCodeAt(++pos);
  separated = pos > at;
  if (c === 58 || c === 61) {
    separated = true;
    c = text.charCodeAt(++pos);
    while (c === 32 || c === 9) c = text.charCodeAt(++pos);
  }
  return separated && pos < text.length ? pos : -1;
}

function isSeparator(c: number): boolean {
  // : =
  return c === 58 || c === 61;
}

/** `lucene query`, `LuceneQuery`, `BooleanQuery` (a capital Q after a letter: a class name). */
function isLuceneLabel(text: string, q: number): boolean {
  const before = text.charCodeAt(q - 1);
  if (text.charCodeAt(q) === 81 && (before | 32) >= 97 && (before | 32) <= 122) return true;
  return /lucene[ _]?$/i.test(text.slice(Math.max(0, q - 7), q));
}

function endOfLine(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  const end = lf < 0 ? text.length : lf;
  return text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

/** As Lucene after a Lucene label, else as whichever the query reads as (SQL stays). */
function maskQuery(query: string, lucene: boolean, scope: Scope): string {
  if (query.includes('[REDACTED:jql]')) return query;
  if (lucene) return hasLuceneClause(query) ? maskLucene(query, scope) : query;
  if (SQL.test(query)) return query;
  if (looksLikeJql(query)) return maskJqlCounted(query, scope);
  return looksLikeLucene(query) ? maskLucene(query, scope) : query;
}

/**
 * `?jql=…`: the value is decoded, masked and encoded again. Found from each `=` (a rare
 * character, found at memchr speed): cheaper than a scan for `jql` in any case.
 */
function maskParams(text: string, scope: Scope): string {
  const splicer = new Splicer(text);
  let valueEnd = 0;
  for (let at = text.indexOf('='); at >= 0; at = text.indexOf('=', at + 1)) {
    // A `jql=` inside the value before is part of that value.
    if (at - 3 < valueEnd || !isJqlParam(text, at)) continue;
    PARAM_VALUE.lastIndex = at + 1;
    const m = PARAM_VALUE.exec(text);
    if (m === null) continue;
    const encoded = m[0];
    valueEnd = PARAM_VALUE.lastIndex;
    const query = decodeFormValue(encoded);
    if (query.includes('REDACTED')) continue;
    const masked = mask(query, scope);
    if (masked !== query) splicer.replace(at + 1, valueEnd, encodeURIComponent(masked));
  }
  return splicer.finish();
}

/** `[?&;]jql` (any case) before the `=` at `at`. */
function isJqlParam(text: string, at: number): boolean {
  // l, q, j (`| 32` lower-cases an ASCII letter); ?, &, ;
  if ((text.charCodeAt(at - 1) | 32) !== 108 || (text.charCodeAt(at - 2) | 32) !== 113)
    return false;
  if ((text.charCodeAt(at - 3) | 32) !== 106) return false;
  const c = text.charCodeAt(at - 4);
  return c === 63 || c === 38 || c === 59;
}

/** `JQL 'project = X'`, `"jql": "…"`: the quoted query is masked (double quotes JSON-escaped). */
function maskQuoted(text: string, scope: Scope): string {
  const splicer = new Splicer(text);
  QUOTED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTED.exec(text)) !== null) {
    const end = QUOTED.lastIndex;
    const doubleQuoted = m[1];
    if (doubleQuoted !== undefined) {
      const query = unescapeJson(doubleQuoted);
      const masked = mask(query, scope);
      // The quotes too: JSON.stringify writes them.
      if (masked !== query)
        splicer.replace(end - doubleQuoted.length - 2, end, JSON.stringify(masked));
    } else {
      const query = m[2] as string;
      const masked = mask(query, scope);
      if (masked !== query) splicer.replace(end - query.length - 1, end - 1, masked);
    }
  }
  return splicer.finish();
}

/** `JQL query: project = X` to the end of the line (or the next `&`). */
function maskProse(text: string, scope: Scope): string {
  const splicer = new Splicer(text);
  PROSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PROSE.exec(text)) !== null) {
    const query = m[1] as string;
    const masked = mask(query, scope);
    if (masked !== query) splicer.replace(PROSE.lastIndex - query.length, PROSE.lastIndex, masked);
  }
  return splicer.finish();
}

function mask(query: string, scope: Scope): string {
  return query.includes('[REDACTED:jql]') ? query : maskJqlCounted(query, scope);
}

/** A double-quoted value is JSON-escaped when it comes from JSON (and harmless to unescape otherwise). */
function unescapeJson(s: string): string {
  try {
    return JSON.parse(`"${s}"`) as string;
  } catch {
    return s;
  }
}
