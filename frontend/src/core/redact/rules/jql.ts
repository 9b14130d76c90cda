/** JQL written in logs, JSON or config (`jql=…`, `"jql": "…"`, `JQL query: …`): literals masked. */
import type { Rule } from '../types.ts';
import { maskJql } from './helpers/jql.ts';

const JQL =
  /\b(jql(?:[ _]?query)?["']?\s*[:=]\s*)(?:"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)'|([^&\n\r]+))/gi;

export const jql: Rule = {
  id: 'jql',
  ruleClass: 'content',
  method: 'mask',
  description: 'Literal values in JQL queries (field names and operators stay).',
  hints: ['jql', 'JQL', 'Jql'],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    return text.replace(JQL, (all, lead: string, dq?: string, sq?: string, bare?: string) => {
      const query = dq !== undefined ? unescapeJson(dq) : (sq ?? bare ?? '');
      const masked = maskJql(query, () => scope.hit('jql'));
      if (masked === query) return all;
      if (dq !== undefined) return lead + JSON.stringify(masked);
      if (sq !== undefined) return `${lead}'${masked}'`;
      return lead + masked;
    });
  },
};

/** A double-quoted value is JSON-escaped when it comes from JSON (and harmless to unescape otherwise). */
function unescapeJson(s: string): string {
  try {
    return JSON.parse(`"${s}"`) as string;
  } catch {
    return s;
  }
}
