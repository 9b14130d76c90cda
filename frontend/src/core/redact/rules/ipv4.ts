/**
 * IPv4 addresses, pseudonymised with subnet grouping kept; loopback, 0.0.0.0 and masks stay.
 * Versions are not addresses: `9.12.4.1` after "version", `jira-9.12.4.1`, `9.12.4.1-SNAPSHOT`,
 * `Chrome/105.0.0.0`.
 */
import type { Rule, Scope } from '../types.ts';
import { isKeptIpv4 } from '../pseudonym/ipv4.ts';
import { isWordCode } from './helpers/chars.ts';
import { isIpv4 } from './helpers/hosts.ts';
import { Splicer } from './helpers/replace.ts';

const CANDIDATE = /\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/g;
/** Words that come right before a version number (product names included: `Jira 9.12.4.1`). */
const VERSION_CONTEXT =
  /(?:version|ver|build|release|jdk|jre|java|openjdk|upgrad\w*|update|patch|v|jira|software|management|confluence|bitbucket|tomcat|postgres\w*|mysql|oracle|chrome|firefox|safari|windows|linux|plugin|app|add-?on)(?:\s+(?:number|no\.?|is))?\W{0,3}$/i;

export const ipv4: Rule = {
  id: 'ipv4',
  ruleClass: 'network',
  method: 'pseudonymise',
  description: 'IPv4 addresses (subnet-preserving pseudonyms).',
  hints: [],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    const splicer = new Splicer(text);
    CANDIDATE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CANDIDATE.exec(text)) !== null) {
      const ip = m[0];
      const start = m.index;
      const end = start + ip.length;
      // An address an earlier rule already replaced (a token) is skipped before the costlier checks.
      if (!standsAlone(text, start, end) || !isIpv4(ip) || isKeptIpv4(ip) || scope.isToken(ip))
        continue;
      if (isVersion(text, start, parseInt(ip, 10))) continue;
      const token = scope.token('ip', ip);
      if (token !== ip && splicer.replace(start, end, token)) scope.hit('ipv4');
    }
    const out = splicer.finish();
    return out.includes('\\.') ? escapedAddresses(out, scope) : out;
  },
};

/** Addresses written as regexes (`allow="127\\.0\\.0\\.1|172\\.16\\.5\\.10"` in server.xml). */
const ESCAPED = /(?<![\w.\\])(\d{1,3})\\\.(\d{1,3})\\\.(\d{1,3})\\\.(\d{1,3})(?!\d)/g;

function escapedAddresses(text: string, scope: Scope): string {
  return text.replace(ESCAPED, (all: string, a: string, b: string, c: string, d: string) => {
    const ip = `${a}.${b}.${c}.${d}`;
    if (!isIpv4(ip) || isKeptIpv4(ip)) return all;
    const token = scope.token('ip', ip);
    if (token === ip) return all;
    scope.hit('ipv4');
    return token.replace(/\./g, '\\.');
  });
}

/** Not inside a longer number, word or dotted sequence (`1.2.3.4.5`, `v1.2.3.4`, `1.2.3.4-beta`). */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (isWordCode(before) || before === 46) return false;
  const after = text.charCodeAt(end);
  if (isWordCode(after)) return false;
  if (after === 46 && isDigit(text.charCodeAt(end + 1))) return false;
  return !(after === 45 && /[A-Za-z]/.test(text.charAt(end + 1)));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isVersion(text: string, offset: number, first: number): boolean {
  const before = text.charCodeAt(offset - 1);
  // `jira-9.12.4.1` is a version; `10.0.0.1-10.0.0.9` and `Connection(12)-172.16.5.22` are not.
  if (before === 45) return /[A-Za-z]/.test(text.charAt(offset - 2));
  // A product token in a user agent: `Chrome/105.0.0.0`.
  if (before === 47 && /[A-Z][A-Za-z]*\/$/.test(text.slice(Math.max(0, offset - 24), offset)))
    return true;
  // Versions start small (9.12.4.1, 1.8.0.292): an address like 10.x or 192.x needs no context check.
  return first < 30 && VERSION_CONTEXT.test(text.slice(Math.max(0, offset - 24), offset));
}
