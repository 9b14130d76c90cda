/** E-mail addresses, also URL-encoded (`jsmith%40acme.test`) and in any letter case. */
import type { Rule } from '../types.ts';
import { isHostCode } from './helpers/chars.ts';
import { Splicer } from './helpers/replace.ts';

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
    // The next `@` and the next `%40`, each found with `indexOf` (a regex alternation of the
    // two scans many times slower) and searched again only once passed.
    let plain = text.indexOf('@');
    let encoded = text.indexOf('%40');
    let from = 0;
    for (;;) {
      if (plain >= 0 && plain < from) plain = text.indexOf('@', from);
      if (encoded >= 0 && encoded < from) encoded = text.indexOf('%40', from);
      const isPlain = plain >= 0 && (encoded < 0 || plain < encoded);
      const at = isPlain ? plain : encoded;
      if (at < 0) break;
      const afterAt = at + (isPlain ? 1 : 3);
      from = afterAt;
      // Bounded walks (RFC 5321: local part ≤ 64, domain ≤ 253; thrice for %-escapes) keep a
      // run of `%40%40…` linear instead of walking back over the whole run at every `@`.
      let start = at;
      const localLimit = Math.max(0, at - 192);
      while (start > localLimit && isLocalCode(text.charCodeAt(start - 1))) start--;
      while (text.charCodeAt(start) === 46) start++; // a local part never starts with '.'
      let end = afterAt;
      const domainLimit = Math.min(text.length, end + 253);
      while (end < domainLimit && isHostCode(text.charCodeAt(end))) end++;
      while (end > at && isDotOrDash(text.charCodeAt(end - 1))) end--;
      if (start >= at || start < splicer.position || !endsWithTld(text, afterAt, end)) continue;
      if (startsWithNumber(text, afterAt, end)) continue; // `Foo@1a2b` object ids have no TLD
      const address = text.slice(start, end);
      const token = scope.token('email', address);
      if (token !== address) {
        splicer.replace(start, end, token);
        scope.hit('email');
      }
      from = end;
    }
    return splicer.finish();
  },
};

/** Local-part characters (common RFC 5322 atoms, `%` for URL-encoded ones; not quotes). */
function isLocalCode(c: number): boolean {
  return isHostCode(c) || c === 95 || c === 43 || c === 37 || c === 126;
}

function isDotOrDash(c: number): boolean {
  return c === 46 || c === 45;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The domain `text[from, end)` ends in `.` and 2–24 letters (`/\.[A-Za-z]{2,24}$/`). */
function endsWithTld(text: string, from: number, end: number): boolean {
  let i = end;
  while (i > from && end - i <= 24 && isLetterCode(text.charCodeAt(i - 1))) i--;
  const letters = end - i;
  return letters >= 2 && letters <= 24 && i > from && text.charCodeAt(i - 1) === 46;
}

/** The domain's first label is all digits (`/^\d+$/` on the text before its first dot). */
function startsWithNumber(text: string, from: number, end: number): boolean {
  let i = from;
  while (i < end && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i > from && (i === end || text.charCodeAt(i) === 46);
}
