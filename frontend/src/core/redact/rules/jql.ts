/**
 * JQL written in logs, JSON, config and relative URLs: literal values are masked, field names,
 * operators and functions stay. Forms: `?jql=…` (URL-encoded), `JQL 'project = X'`,
 * `"jql": "…"`, and `JQL query: project = X` to the end of the line.
 */
import type { Rule, Scope } from '../types.ts';
import { maskJqlCounted } from './helpers/jql.ts';
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
  description: 'Literal values in JQL queries (field names and operators stay).',
  hints: [/jql/i],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    return maskProse(maskQuoted(maskParams(text, scope), scope), scope);
  },
};

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
    const query = decode(encoded);
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

function decode(v: string): string {
  try {
    return decodeURIComponent(v.replace(/\+/g, ' '));
  } catch {
    return v;
  }
}
