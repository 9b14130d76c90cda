/**
 * JQL written in logs, JSON, config and relative URLs: literal values are masked, field names,
 * operators and functions stay. Forms: `?jql=…` (URL-encoded), `JQL 'project = X'`,
 * `"jql": "…"`, and `JQL query: project = X` to the end of the line.
 */
import type { Rule, Scope } from '../types.ts';
import { maskJql } from './helpers/jql.ts';

// Each starts with the literal `jql` (what precedes it is checked by a lookbehind), so the
// engine skips through a block instead of trying every word.
const PARAM = /(jql=)(?<=[?&;]jql=)([^&\s#"'<>\]]+)/gi;
const QUOTED =
  /(jql(?<=(?:^|\W)jql)(?:[ _]?query)?(?:["']?\s*[:=]\s*|\s+))(?:"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)')/gi;
const PROSE = /(jql(?<=(?:^|[^\w?&;/])jql)(?:[ _]?query)?["']?\s*[:=]\s*)(?!["'])([^&\n\r]+)/gi;

export const jql: Rule = {
  id: 'jql',
  ruleClass: 'content',
  method: 'mask',
  description: 'Literal values in JQL queries (field names and operators stay).',
  hints: [/jql/i],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    let out = text.replace(PARAM, (all, lead: string, encoded: string) => {
      const query = decode(encoded);
      if (query.includes('REDACTED')) return all;
      const masked = mask(query, scope);
      return masked === query ? all : lead + encodeURIComponent(masked);
    });
    out = out.replace(QUOTED, (all, lead: string, dq?: string, sq?: string) => {
      const query = dq !== undefined ? unescapeJson(dq) : (sq ?? '');
      const masked = mask(query, scope);
      if (masked === query) return all;
      return dq !== undefined ? lead + JSON.stringify(masked) : `${lead}'${masked}'`;
    });
    return out.replace(PROSE, (all, lead: string, query: string) => {
      const masked = mask(query, scope);
      return masked === query ? all : lead + masked;
    });
  },
};

function mask(query: string, scope: Scope): string {
  return query.includes('[REDACTED:jql]') ? query : maskJql(query, () => scope.hit('jql'));
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
