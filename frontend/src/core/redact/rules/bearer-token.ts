/** `Bearer <token>` (OAuth 2 access tokens, Jira Data Center personal access tokens). */
import type { Rule } from '../types.ts';
import { isWordCode } from './helpers/chars.ts';
import { marker } from './helpers/marker.ts';
import { Splicer } from './helpers/replace.ts';
import { HINT } from './helpers/hints.ts';

/** `\bbearer\s+<token>`, read in steps: the word by a scan, the rest by sticky regexes. */
const BEARER = /bearer/gi;
const GAP = /\s+/y;
const TOKEN = /[A-Za-z0-9._~+/-]{16,}=*/y;
const MARK = marker('bearer-token');

export const bearerToken: Rule = {
  id: 'bearer-token',
  ruleClass: 'secret',
  method: 'remove',
  description: 'Bearer tokens and personal access tokens after `Bearer`.',
  hints: [HINT.bearer],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    const splicer = new Splicer(text);
    BEARER.lastIndex = 0;
    while (BEARER.test(text)) {
      const at = BEARER.lastIndex - 6;
      // `\bbearer`: a word boundary before it.
      if (isWordCode(text.charCodeAt(at - 1))) continue;
      GAP.lastIndex = at + 6;
      if (!GAP.test(text)) continue;
      const start = GAP.lastIndex;
      TOKEN.lastIndex = start;
      if (!TOKEN.test(text)) continue;
      const end = TOKEN.lastIndex;
      BEARER.lastIndex = end;
      // A token has digits or punctuation; "Bearer authentication" is prose.
      if (!hasNonLetter(text, start, end)) continue;
      splicer.replace(start, end, MARK);
      scope.hit('bearer-token');
    }
    return splicer.finish();
  },
};

/** Whether `start`..`end` holds anything but ASCII letters (`| 32` lower-cases a letter). */
function hasNonLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return true;
  }
  return false;
}
