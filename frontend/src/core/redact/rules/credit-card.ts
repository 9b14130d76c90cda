/** Card numbers: a known brand prefix and length, consistent grouping and a valid Luhn digit. */
import type { Rule } from '../types.ts';
import { isWordCode } from './helpers/chars.ts';
import { passesLuhn } from './helpers/luhn.ts';
import { marker } from './helpers/marker.ts';
import { Splicer } from './helpers/replace.ts';

const CANDIDATE = /[2-6]\d{3}(?:[ -]?\d){9,15}(?![\w:/-]|[.,]\d|[ -]\d)/g;

export const creditCard: Rule = {
  id: 'credit-card',
  ruleClass: 'secret',
  method: 'remove',
  description: 'Payment card numbers (Luhn-checked, brand prefix and length).',
  hints: [],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    // One scan (no separate test first): most blocks hold no candidate, and then this loop
    // costs what the scan costs and returns the text itself.
    const splicer = new Splicer(text);
    CANDIDATE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CANDIDATE.exec(text)) !== null) {
      const found = m[0];
      if (isGluedBefore(text.charCodeAt(m.index - 1)) || !isCardNumber(found)) continue;
      scope.hit('credit-card');
      splicer.replace(m.index, m.index + found.length, marker('credit-card'));
    }
    return splicer.finish();
  },
};

/** `[\w.,:+/-]` before a number: it would be part of something longer. */
function isGluedBefore(c: number): boolean {
  // . , : + / -
  return isWordCode(c) || c === 46 || c === 44 || c === 58 || c === 43 || c === 47 || c === 45;
}

export function isCardNumber(found: string): boolean {
  const digits = found.replace(/[ -]/g, '');
  if (!brandFits(digits) || !passesLuhn(digits)) return false;
  if (digits.length === found.length) return true;
  // Grouped numbers must be grouped like cards are: 4-4-4-4(-3) or Amex 4-6-5.
  return (
    /^\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}$/.test(found) || /^3[47]\d{2}([ -])\d{6}\1\d{5}$/.test(found)
  );
}

function brandFits(d: string): boolean {
  const n = d.length;
  if (d.startsWith('4')) return n === 13 || n === 16 || n === 19;
  if (/^(?:5[1-5]|2[2-7])/.test(d)) return n === 16;
  if (/^3[47]/.test(d)) return n === 15;
  if (/^6(?:011|5)/.test(d)) return n === 16 || n === 19;
  return false;
}
