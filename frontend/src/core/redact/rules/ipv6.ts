/**
 * IPv6 addresses (full, compressed, IPv4-mapped; loopback and unspecified stay) and, found in
 * the same pass over the colons, colon-separated MAC addresses (counted as `mac`).
 */
import type { Rule } from '../types.ts';
import { replaceColonRuns } from './helpers/colon-runs.ts';
import { replaceMac } from './mac.ts';

const GROUP = /^[0-9a-f]{1,4}$/i;
const COLON_MAC = /^[0-9a-f]{2}(?::[0-9a-f]{2}){5}$/i;

export const ipv6: Rule = {
  id: 'ipv6',
  ruleClass: 'network',
  method: 'pseudonymise',
  description: 'IPv6 addresses (and colon-separated MAC addresses, in the same pass).',
  hints: [],
  since: '2026.11.1',
  changed: '2026.11.1',
  emits: { mac: 'network' },
  apply(text, scope) {
    if (!text.includes(':')) return text;
    return replaceColonRuns(text, (run) => {
      if (scope.isToken(run)) return null;
      if (COLON_MAC.test(run)) return replaceMac(run, scope);
      if (
        !run.includes('::') &&
        run.split(':').length !== 8 &&
        !/^(?:[0-9a-f]{1,4}:){6}\d/i.test(run)
      )
        return null;
      const groups = parseIpv6(run);
      if (!groups || isKeptIpv6(groups)) return null;
      const token = scope.token('ipv6', groups.join(':'));
      if (token === run) return null;
      scope.hit('ipv6');
      return token;
    });
  },
};

/** The eight groups (lower case, no leading zeros) of a valid address, or null. */
export function parseIpv6(s: string): string[] | null {
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const left = parseGroups(halves[0] ?? '');
  const right = halves.length === 2 ? parseGroups(halves[1] ?? '') : [];
  if (!left || !right) return null;
  if (halves.length === 1) return left.length === 8 ? left : null;
  const missing = 8 - left.length - right.length;
  return missing >= 1 ? [...left, ...Array<string>(missing).fill('0'), ...right] : null;
}

function parseGroups(part: string): string[] | null {
  if (part === '') return [];
  const out: string[] = [];
  const pieces = part.split(':');
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i] ?? '';
    if (i === pieces.length - 1 && p.includes('.')) {
      const o = p.split('.').map((x) => (/^\d{1,3}$/.test(x) ? Number(x) : -1));
      if (o.length !== 4 || o.some((n) => n < 0 || n > 255)) return null;
      const [a = 0, b = 0, c = 0, d = 0] = o;
      out.push((a * 256 + b).toString(16), (c * 256 + d).toString(16));
    } else if (GROUP.test(p)) out.push(parseInt(p, 16).toString(16));
    else return null;
  }
  return out;
}

/** `::`, `::1`, and IPv4-mapped loopback (`::ffff:127.0.0.1`). */
function isKeptIpv6(g: string[]): boolean {
  if (!g.slice(0, 5).every((x) => x === '0')) return false;
  const tail = g.slice(6).join(':');
  if (g[5] === '0') return tail === '0:0' || tail === '0:1';
  return g[5] === 'ffff' && (g[6] ?? '').startsWith('7f');
}
