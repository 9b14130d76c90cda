/** E-mail addresses, also URL-encoded (`jsmith%40acme.test`) and in any letter case. */
import type { Rule } from '../types.ts';
import { isHostCode } from './helpers/chars.ts';
import { Splicer } from './helpers/replace.ts';

const AT = /@|%40/gi;

export const email: Rule = {
  id: 'email',
  ruleClass: 'identity',
  method: 'pseudonymise',
  description: 'E-mail addresses (plain and URL-encoded).',
  hints: ['@', '%40'],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    const splicer = new Splicer(text);
    AT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = AT.exec(text)) !== null) {
      const at = m.index;
      // Bounded walks (RFC 5321: local part ≤ 64, domain ≤ 253; thrice for %-escapes) keep a
      // run of `%40%40…` linear instead of walking back over the whole run at every `@`.
      let start = at;
      const localLimit = Math.max(0, at - 192);
      while (start > localLimit && isLocalCode(text.charCodeAt(start - 1))) start--;
      while (text.charCodeAt(start) === 46) start++; // a local part never starts with '.'
      let end = at + m[0].length;
      const domainLimit = Math.min(text.length, end + 253);
      while (end < domainLimit && isHostCode(text.charCodeAt(end))) end++;
      while (end > at && /[.-]/.test(text.charAt(end - 1))) end--;
      const domain = text.slice(at + m[0].length, end);
      if (start >= at || start < splicer.position || !/\.[A-Za-z]{2,24}$/.test(domain)) continue;
      if (/^\d+$/.test(domain.split('.')[0] ?? '')) continue; // `Foo@1a2b` object ids have no TLD
      const address = text.slice(start, end);
      const token = scope.token('email', address);
      if (token !== address) {
        splicer.replace(start, end, token);
        scope.hit('email');
      }
      AT.lastIndex = end;
    }
    return splicer.finish();
  },
};

/** Local-part characters (common RFC 5322 atoms, `%` for URL-encoded ones; not quotes). */
function isLocalCode(c: number): boolean {
  return isHostCode(c) || c === 95 || c === 43 || c === 37 || c === 126;
}
