/** Card numbers: a known brand prefix and length, consistent grouping and a valid Luhn digit. */
import type { Rule } from '../types.ts';
import { passesLuhn } from './helpers/luhn.ts';
import { marker } from './helpers/marker.ts';

const CANDIDATE = /[2-6]\d{3}(?:[ -]?\d){9,15}(?![\w:/-]|[.,]\d|[ -]\d)/g;
const HAS_CANDIDATE = new RegExp(CANDIDATE.source);
/** Characters that may not come right before a card number (it would be part of something longer). */
const GLUED_BEFORE = /[\w.,:+/-]/;

export const creditCard: Rule = {
  id: 'credit-card',
  ruleClass: 'secret',
  method: 'remove',
  description: 'Payment card numbers (Luhn-checked, brand prefix and length).',
  hints: [],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    if (!HAS_CANDIDATE.test(text)) return text;
    return text.replace(CANDIDATE, (found: string, offset: number, whole: string) => {
      if (GLUED_BEFORE.test(whole.charAt(offset - 1)) || !isCardNumber(found)) return found;
      scope.hit('credit-card');
      return marker('credit-card');
    });
  },
};

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
