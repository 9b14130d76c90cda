/**
 * Host names in free text: a dotted name ending in a real TLD. Java packages
 * (`com.atlassian.jira`), class and file names (`Foo.java`, `setenv.sh`), mixed-case words and
 * public vendors' domains are left alone. EC2-style names (`ip-10-0-0-5`) are hosts too.
 */
import type { Rule, Scope } from '../types.ts';
import { isHostCode } from './helpers/chars.ts';
import { HOST_TLDS, isKeptHost, JAVA_PACKAGE_ROOTS } from './helpers/domains.ts';
import { Splicer } from './helpers/replace.ts';

/**
 * Case-sensitive (lower or upper case TLD) because `i` makes this always-on scan several times
 * slower; the TLDs are grouped by first letter (`c(?:om|o|h|…)`), so a dot followed by a letter
 * no TLD starts with fails at once.
 */
const TLD_END = new RegExp(
  `\\.(?:${byFirstLetter(HOST_TLDS)}|${byFirstLetter(HOST_TLDS.map((t) => t.toUpperCase()))})\\b`,
  'g',
);
/** `\.` and a TLD ending a name as a regex writes it (`proxy0[1-3]\.dmz\.acme\.test`). */
const ESCAPED_TLD_END = new RegExp(
  `\\\\\\.(?:${byFirstLetter(HOST_TLDS)}|${byFirstLetter(HOST_TLDS.map((t) => t.toUpperCase()))})\\b`,
  'g',
);
/** Bare EC2 names; a full `ip-10-0-0-5.ec2.internal` is the TLD pass's. */
const EC2_NAME = /(?<![\w.-])ip-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}(?![\w-]|\.[A-Za-z0-9])/gi;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export const hostname: Rule = {
  id: 'hostname',
  ruleClass: 'network',
  method: 'pseudonymise',
  description: 'Host and domain names (known TLDs; not Java packages, files or vendor domains).',
  hints: [],
  since: '2026.11.1',
  changed: '2026.11.3',
  apply(text, scope) {
    const splicer = new Splicer(text);
    TLD_END.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TLD_END.exec(text)) !== null) {
      const end = m.index + m[0].length;
      // The TLD must end the name: not `.com.x`, `.co-op`, `.io_x` (a lookahead in the regex costs more).
      const next = text.charCodeAt(end);
      if (next === 45 || next === 95 || (next === 46 && isAlnumCode(text.charCodeAt(end + 1))))
        continue;
      let start = m.index;
      const limit = Math.max(0, m.index - 253); // a host name is at most 253 characters
      while (start > limit && isHostCode(text.charCodeAt(start - 1))) start--;
      // `%2Fjira.acme.test` and `%40acme.test` are URL-encoded separators, not part of the name.
      if (text.charCodeAt(start - 1) === 37 && isEncodedSeparator(text, start)) start += 2;
      while (start < m.index && isDotOrDash(text.charCodeAt(start))) start++;
      // An SMTP reply line (`250-smtp.acme.test`) keeps its code.
      if (isReplyCode(text, start)) start += 4;
      if (start >= m.index || start < splicer.position || text.charCodeAt(start - 1) === 64)
        continue;
      const host = text.slice(start, end);
      if (!looksLikeHost(host)) continue;
      const token = scope.token('host', host);
      if (token !== host && splicer.replace(start, end, token)) scope.hit('hostname');
    }
    const named = splicer.finish();
    // Tomcat's RemoteIpValve `trustedProxies`, `allow` patterns: names written as regexes.
    const out = named.includes('\\.') ? escapedHosts(named, scope) : named;
    if (!out.includes('ip-')) return out;
    return out.replace(EC2_NAME, (name) => {
      const token = scope.token('host', name);
      if (token !== name) scope.hit('hostname');
      return token;
    });
  },
};

/**
 * Host names written regex-escaped, pseudonymised with the escaping kept: the labels before the
 * TLD joined by `\.`, from after any regex syntax (`proxy0[1-3]\.`, `\d\.`, `.*\.`), which
 * stays as written.
 */
function escapedHosts(text: string, scope: Scope): string {
  const splicer = new Splicer(text);
  ESCAPED_TLD_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ESCAPED_TLD_END.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const next = text.charCodeAt(end);
    if (next === 45 || next === 95 || (next === 92 && text.charCodeAt(end + 1) === 46)) continue;
    let start = m.index;
    const limit = Math.max(0, m.index - 300);
    while (start > limit) {
      const c = text.charCodeAt(start - 1);
      if (isAlnumCode(c) || c === 45) start--;
      else if (c === 46 && text.charCodeAt(start - 2) === 92) start -= 2;
      else break;
    }
    // `\d\.acme\.test`: the first label is a regex escape's letter and what follows it.
    if (text.charCodeAt(start - 1) === 92) start = text.indexOf('\\.', start) + 2;
    while (text.charCodeAt(start) === 92 || text.charCodeAt(start) === 45)
      start += text.charCodeAt(start) === 92 ? 2 : 1;
    if (start >= m.index || start < splicer.position) continue;
    const written = text.slice(start, end);
    const host = written.replace(/\\\./g, '.');
    if (!looksLikeHost(host)) continue;
    const token = scope.token('host', host, 'regex');
    if (token !== written && splicer.replace(start, end, token)) scope.hit('hostname');
  }
  return splicer.finish();
}

/** `(?:c(?:om|o|h)|n(?:et|l)|…)`: the alternation of `words`, grouped by their first letter. */
function byFirstLetter(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const w of words) groups.set(w.charAt(0), [...(groups.get(w.charAt(0)) ?? []), w.slice(1)]);
  return `(?:${[...groups].map(([first, rests]) => `${first}(?:${rests.join('|')})`).join('|')})`;
}

function isAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `250-` at `i`: a multi-line SMTP reply's code (2xx to 5xx) and dash. */
function isReplyCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (
    c >= 50 &&
    c <= 53 &&
    isDigitCode(text.charCodeAt(i + 1)) &&
    isDigitCode(text.charCodeAt(i + 2)) &&
    text.charCodeAt(i + 3) === 45
  );
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isDotOrDash(c: number): boolean {
  return c === 46 || c === 45;
}

/** `2F`, `3A` or `40` (either case) at `i`: the rest of a URL-encoded `/`, `:` or `@`. */
function isEncodedSeparator(text: string, i: number): boolean {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1) | 32; // lower case
  return (
    (a === 50 && b === 102) || (a === 51 && b === 97) || (a === 52 && text.charCodeAt(i + 1) === 48)
  );
}

export function looksLikeHost(host: string): boolean {
  if (host !== host.toLowerCase() && host !== host.toUpperCase()) return false;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return false;
  if (JAVA_PACKAGE_ROOTS.has((labels[0] ?? '').toLowerCase())) return false;
  if (labels.slice(0, -1).every((l) => /^\d+$/.test(l))) return false;
  return !isKeptHost(host);
}
