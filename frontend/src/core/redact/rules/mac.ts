/**
 * MAC addresses written with dashes (`00-1A-2B-3C-4D-5E`); the colon form is found by the IPv6
 * rule's pass over colons. All-zero and broadcast addresses stay.
 */
import type { Rule, Scope } from '../types.ts';
import { isWordCode } from './helpers/chars.ts';
import { Splicer } from './helpers/replace.ts';

export const mac: Rule = {
  id: 'mac',
  ruleClass: 'network',
  method: 'pseudonymise',
  description: 'MAC addresses.',
  hints: [],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    let i = text.indexOf('-');
    if (i < 0) return text;
    const splicer = new Splicer(text);
    // A dash MAC `xx-xx-xx-xx-xx-xx` has dashes 3 apart; check that shape at each dash in JS
    // (a regex would start at every hex digit of the block).
    while (i >= 0) {
      const start = i - 2;
      if (start >= splicer.position && isDashMac(text, start)) {
        const found = text.slice(start, start + 17);
        const token = /[a-f]/i.test(found) ? replaceMac(found, scope) : null;
        if (token !== null) splicer.replace(start, start + 17, token);
        i = text.indexOf('-', start + 17);
      } else i = text.indexOf('-', i + 1);
    }
    return splicer.finish();
  },
};

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isDashMac(text: string, start: number): boolean {
  if (start < 0 || isWordCode(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 45)
    return false;
  for (let g = 0; g < 6; g++) {
    const p = start + g * 3;
    if (!isHex(text.charCodeAt(p)) || !isHex(text.charCodeAt(p + 1))) return false;
    if (g < 5 && text.charCodeAt(p + 2) !== 45) return false;
  }
  const after = text.charCodeAt(start + 17);
  return !isWordCode(after) && after !== 45 && after !== 58;
}

/** The token for a MAC, or null to keep it (all-zero, broadcast, already a token). */
export function replaceMac(found: string, scope: Scope): string | null {
  if (/^(?:00[:-]){5}00$|^(?:ff[:-]){5}ff$/i.test(found)) return null;
  const token = scope.token('mac', found);
  if (token === found) return null;
  scope.hit('mac');
  return token;
}
