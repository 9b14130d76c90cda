/**
 * E-mail addresses, also URL-encoded (`jsmith%40acme.test`), encoded twice (`jsmith%2540acme.test`,
 * a URL in a URL's query) and in any letter case.
 */
import type { Rule } from '../types.ts';
import { isHostCode } from './helpers/chars.ts';
import { Splicer } from './helpers/replace.ts';

export const email: Rule = {
  id: 'email',
  ruleClass: 'identity',
  method: 'pseudonymise',
  description: 'E-mail addresses (plain and URL-encoded).',
  hints: ['@', '%40', '%2540'],
  since: '2026.11.1',
  changed: '2026.11.3',
  apply(text, scope) {
    const splicer = new Splicer(text);
    // The next `@` and the next `%40`, each found with `indexOf` (a regex alternation of the
    // two scans many times slower) and searched again only once passed.
    let plain = text.indexOf('@');
    let encoded = text.indexOf('%40');
    let twice = text.indexOf('%2540');
    let from = 0;
    for (;;) {
      if (plain >= 0 && plain < from) plain = text.indexOf('@', from);
      if (encoded >= 0 && encoded < from) encoded = text.indexOf('%40', from);
      if (twice >= 0 && twice < from) twice = text.indexOf('%2540', from);
      let at = plain;
      let width = 1;
      if (encoded >= 0 && (at < 0 || encoded < at)) [at, width] = [encoded, 3];
      if (twice >= 0 && (at < 0 || twice < at)) [at, width] = [twice, 5];
      if (at < 0) break;
      const afterAt = at + width;
      from = afterAt;
      // Bounded walks (RFC 5321: local part ≤ 64, domain ≤ 253; thrice for %-escapes) keep a
      // run of `%40%40…` linear instead of walking back over the whole run at every `@`.
      let start = at;
      const localLimit = Math.max(0, at - 192);
      while (start > localLimit && isLocalCode(text.charCodeAt(start - 1))) start--;
      if (width > 1) start = afterEscapedSeparator(text, start, at);
      while (text.charCodeAt(start) === 46) start++; // a local part never starts with '.'
      let end = afterAt;
      const domainLimit = Math.min(text.length, end + 253);
      while (end < domainLimit && isHostCode(text.charCodeAt(end))) end++;
      while (end > at && isDotOrDash(text.charCodeAt(end - 1))) end--;
      if (start >= at || start < splicer.position || !endsWithTld(text, afterAt, end)) continue;
      if (startsWithNumber(text, afterAt, end)) continue; // `Foo@1a2b` object ids have no TLD
      // Encoded twice or once, the address is the same one (and gets the same token).
      const address =
        width === 5 ? text.slice(start, end).replace('%2540', '%40') : text.slice(start, end);
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

/**
 * An encoded local part starts after the last escape of a character no address holds
 * (`editName%3Dk.fake%2540acme.test`: after `%3D`, the `=`); `%25` is the `%` of a second encoding.
 */
const ESCAPED_SEPARATOR = /%(?:25)?(?:2[0-9ACFacf]|3[A-Fa-f]|5[B-Db-d]|40)/g;

function afterEscapedSeparator(text: string, start: number, at: number): number {
  if (text.indexOf('%', start) >= at) return start;
  let cut = start;
  for (const m of text.slice(start, at).matchAll(ESCAPED_SEPARATOR))
    cut = start + m.index + m[0].length;
  return cut;
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
