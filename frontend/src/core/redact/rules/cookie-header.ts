/** `Cookie:` and `Set-Cookie:` headers: every cookie value goes, the cookie names stay. */
import type { Rule, Scope } from '../types.ts';
import { isWordCode } from './helpers/chars.ts';
import { marker } from './helpers/marker.ts';
import { Splicer } from './helpers/replace.ts';
import { HINT } from './helpers/hints.ts';

const COOKIE = /cookie/gi;
/** After the header name (`Cookie: `, `"Cookie"=`). */
const SEPARATOR = /["']?\s*[:=]\s*/y;
/** A cookie value holds no `,`, `"` or `}` (RFC 6265), so a printed header map ends the list there. */
const LIST = /[^\r\n",}]*/y;
const PAIR = /([\w.$!#%&'*+^`|~-]+)=([^;,\s"]*)/g;
const ATTRIBUTES = new Set([
  'path',
  'domain',
  'expires',
  'max-age',
  'samesite',
  'secure',
  'httponly',
  'version',
  'comment',
  'priority',
  'partitioned',
]);
const MARK = marker('cookie');

export const cookieHeader: Rule = {
  id: 'cookie',
  ruleClass: 'secret',
  method: 'remove',
  description: 'Cookie values in Cookie and Set-Cookie headers.',
  hints: [HINT.cookie],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    const splicer = new Splicer(text);
    COOKIE.lastIndex = 0;
    while (COOKIE.test(text)) {
      const at = COOKIE.lastIndex - 6;
      // `\b(?:set-)?cookie`: a `Set-` before it ends in a word boundary, so only this one counts.
      if (isWordCode(text.charCodeAt(at - 1))) continue;
      SEPARATOR.lastIndex = at + 6;
      if (!SEPARATOR.test(text)) continue;
      const start = SEPARATOR.lastIndex;
      LIST.lastIndex = start;
      LIST.test(text);
      const end = LIST.lastIndex;
      COOKIE.lastIndex = end;
      const value = text.slice(start, end);
      const cleaned = redactCookieList(value, scope);
      if (cleaned !== value) splicer.replace(start, end, cleaned);
    }
    return splicer.finish();
  },
};

/** `a=1; b=2` with every value removed and every cookie name kept (also for HAR header values). */
export function redactCookieList(value: string, scope: Scope): string {
  const splicer = new Splicer(value);
  PAIR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PAIR.exec(value)) !== null) {
    const cookie = m[1] as string;
    const v = m[2] as string;
    if (v === '' || v.startsWith('[REDACTED:') || ATTRIBUTES.has(cookie.toLowerCase())) continue;
    scope.hit('cookie');
    const end = m.index + m[0].length;
    splicer.replace(end - v.length, end, MARK);
  }
  return splicer.finish();
}
