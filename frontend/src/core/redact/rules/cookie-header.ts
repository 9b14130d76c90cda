/** `Cookie:` and `Set-Cookie:` headers: every cookie value goes, the cookie names stay. */
import type { Rule } from '../types.ts';
import { marker } from './helpers/marker.ts';
import { HINT } from './helpers/hints.ts';

const HEADER = /\b((?:set-)?cookie)(["']?\s*[:=]\s*)([^\r\n"]*)/gi;
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
      let changed = false;
      const cleaned = value.replace(PAIR, (pair, cookie: string, v: string) => {
        if (ATTRIBUTES.has(cookie.toLowerCase()) || v === '' || v.startsWith('[REDACTED:')) {
          return pair;
        }
        changed = true;
        scope.hit('cookie');
        return `${cookie}=${marker('cookie')}`;
      });
      return changed ? name + sep + cleaned : all;
    });
  },
};
