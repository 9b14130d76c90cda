/**
 * IPv4 addresses, pseudonymised with subnet grouping kept; loopback, 0.0.0.0 and masks stay.
 * Versions are not addresses: `9.12.4.1` after "version", `jira-9.12.4.1`, `9.12.4.1-SNAPSHOT`,
 * `Chrome/105.0.0.0`, Tomcat's aligned `Server number:         9.0.82.0`.
 */
import type { Rule, Scope } from '../types.ts';
import { isKeptIpv4 } from '../pseudonym/ipv4.ts';
import { isWordCode } from './helpers/chars.ts';
import { isIpv4 } from './helpers/hosts.ts';
import { Splicer } from './helpers/replace.ts';

/**
 * What an address `\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}` contains: a digit, then its dots. A
 * regex led by `\d{1,3}` backtracks at every digit of the block; this one fails at the first
 * non-dot, and the address is then measured around the match with char-code checks.
 */
const CANDIDATE = /\d\.\d{1,3}\.\d{1,3}\.\d/g;
/** Words that come right before a version number (product names included: `Jira 9.12.4.1`). */
const VERSION_CONTEXT =
  /\b(?:version|ver|build|release|jdk|jre|java|openjdk|upgrad\w*|update|patch|v|jira|software|management|confluence|bitbucket|tomcat|postgres\w*|mysql|oracle|chrome|firefox|safari|windows|linux|plugin|app|add-?on|server\s+number)(?:\s+(?:number|no\.?|is))?(?:\W{0,3}|:\s{0,16})$/i;

export const ipv4: Rule = {
  id: 'ipv4',
  ruleClass: 'network',
  method: 'pseudonymise',
  description: 'IPv4 addresses (subnet-preserving pseudonyms).',
  hints: [],
  since: '2026.11.1',
  changed: '2026.11.3',
  apply(text, scope) {
    const splicer = new Splicer(text);
    // The address is where `\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}` would match searching from `from`:
    // up to three digits (none before `from`) before the first dot, up to three after the last.
    let from = 0;
    CANDIDATE.lastIndex = 0;
    while (CANDIDATE.test(text)) {
      const tail = CANDIDATE.lastIndex; // just after the last octet's first digit
      const firstDot = dotBefore(text, dotBefore(text, tail - 2));
      let start = firstDot - 1;
      const startLimit = Math.max(firstDot - 3, from);
      while (start > startLimit && isDigit(text.charCodeAt(start - 1))) start--;
      let end = tail;
      while (end < tail + 2 && isDigit(text.charCodeAt(end))) end++;
      from = CANDIDATE.lastIndex = end;
      if (!standsAlone(text, start, end)) continue;
      const first = firstOctet(text, start, end);
      if (first < 0) continue;
      const ip = text.slice(start, end);
      // An address an earlier rule already replaced (a token) is skipped before the costlier checks.
      if (isKeptIpv4(ip) || scope.isToken(ip) || isVersion(text, start, first)) continue;
      const token = scope.token('ip', ip);
      if (token !== ip && splicer.replace(start, end, token)) scope.hit('ipv4');
    }
    const out = splicer.finish();
    return out.includes('\\.') ? escapedAddresses(out, scope) : out;
  },
};

/** The dot before the digits ending at `dot` (a CANDIDATE match has only digits between dots). */
function dotBefore(text: string, dot: number): number {
  let i = dot - 1;
  while (text.charCodeAt(i) !== 46) i--;
  return i;
}

/**
 * The first octet of the dotted digits `text[start, end)` when every octet is 0–255 without a
 * leading zero (`01.02.03.04` is a date), else -1: what `isIpv4` tells, without a slice.
 */
function firstOctet(text: string, start: number, end: number): number {
  let first = -1;
  let n = 0;
  let digits = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 46;
    if (c !== 46) {
      if (digits > 0 && n === 0) return -1; // a leading zero
      n = n * 10 + (c - 48);
      digits++;
    } else {
      if (n > 255) return -1;
      if (first < 0) first = n;
      n = 0;
      digits = 0;
    }
  }
  return first;
}

/** Addresses written as regexes (`allow="127\\.0\\.0\\.1|172\\.16\\.5\\.10"` in server.xml). */
const ESCAPED = /(?<![\w.\\])(\d{1,3})\\\.(\d{1,3})\\\.(\d{1,3})\\\.(\d{1,3})(?!\d)/g;

function escapedAddresses(text: string, scope: Scope): string {
  return text.replace(ESCAPED, (all: string, a: string, b: string, c: string, d: string) => {
    const ip = `${a}.${b}.${c}.${d}`;
    if (!isIpv4(ip) || isKeptIpv4(ip)) return all;
    // Escaped by the engine: a placeholder has no dots to escape until its token is known.
    const token = scope.token('ip', ip, 'regex');
    if (token === all) return all;
    scope.hit('ipv4');
    return token;
  });
}

/** Not inside a longer number, word or dotted sequence (`1.2.3.4.5`, `v1.2.3.4`, `1.2.3.4-beta`). */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (isWordCode(before) || before === 46) return false;
  const after = text.charCodeAt(end);
  if (isWordCode(after)) return false;
  if (after === 46 && isDigit(text.charCodeAt(end + 1))) return false;
  return !(after === 45 && isLetterCode(text.charCodeAt(end + 1)));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isVersion(text: string, offset: number, first: number): boolean {
  const before = text.charCodeAt(offset - 1);
  // `jira-9.12.4.1` is a version; `10.0.0.1-10.0.0.9` and `Connection(12)-172.16.5.22` are not.
  if (before === 45) return isLetterCode(text.charCodeAt(offset - 2));
  // A product token in a user agent: `Chrome/105.0.0.0`.
  if (before === 47 && /[A-Z][A-Za-z]*\/$/.test(text.slice(Math.max(0, offset - 24), offset)))
    return true;
  // Versions start small (9.12.4.1, 1.8.0.292): an address like 10.x or 192.x needs no context check.
  return first < 30 && VERSION_CONTEXT.test(text.slice(Math.max(0, offset - 24), offset));
}
