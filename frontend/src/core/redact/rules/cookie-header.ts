/** `Cookie:` and `Set-Cookie:` headers: every cookie value goes, the cookie names stay. */
import type { Rule, Scope } from '../types.ts';
import { marker } from './helpers/marker.ts';
import { HINT } from './helpers/hints.ts';

/** A cookie value holds no `,`, `"` or `}` (RFC 6265), so a printed header map ends the list there. */
const HEADER = /\b((?:set-)?cookie)(["']?\s*[:=]\s*)([^\r\n",}]*)/gi;
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

export const cookieHeader: Rule = {
  id: 'cookie',
  ruleClass: 'secret',
  method: 'remove',
  description: 'Cookie values in Cookie and Set-Cookie headers.',
  hints: [HINT.cookie],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    return text.replace(HEADER, (all, name: string, sep: string, value: string) => {
      const cleaned = redactCookieList(value, scope);
      return cleaned === value ? all : name + sep + cleaned;
    });
  },
};

/** `a=1; b=2` with every value removed and every cookie name kept (also for HAR header values). */
export function redactCookieList(value: string, scope: Scope): string {
  return value.replace(PAIR, (pair, cookie: string, v: string) => {
    if (ATTRIBUTES.has(cookie.toLowerCase()) || v === '' || v.startsWith('[REDACTED:')) return pair;
    scope.hit('cookie');
    return `${cookie}=${marker('cookie')}`;
  });
}
