/**
 * The display name in front of an address, as mail headers, mail handlers and JavaMail's
 * trace write it: `"Jan Doe (Jira)" <jdoe@x.test>`, `'Zoë Müller' <…>`, `Zoë Müller <…>`.
 * A quoted name is taken whole (a trailing ` (Jira)` stays, as in `FromName`); an unquoted
 * one is the run of up to four capitalised words right before the `<`. The address itself is
 * the e-mail rule's.
 */
import type { Rule, Scope } from '../types.ts';
import { isHostCode, isSpaceCode } from './helpers/chars.ts';
import { Splicer } from './helpers/replace.ts';

const MAX_NAME = 120;
const MAX_WORDS = 4;
/** A capitalised word of a name: `Zoë`, `Müller-Fake`, `O'Brien`, `J.` (no digits). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
/** `Name (Jira)`: the part in brackets is the product's, not the person's. */
const SUFFIX = /\s*\([^()]*\)$/;

export const mailDisplayName: Rule = {
  id: 'mail-display-name',
  ruleClass: 'identity',
  method: 'pseudonymise',
  description: 'Display names written before an e-mail address (`Jan Doe <jdoe@x.test>`).',
  hints: ['@'],
  since: '2026.11.3',
  changed: '2026.11.3',
  apply(text, scope) {
    const splicer = new Splicer(text);
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      const open = addressOpen(text, at);
      if (open < 0 || !isSpaceCode(text.charCodeAt(open - 1))) continue;
      const span = nameBefore(text, open - 1);
      if (span === null || span[0] < splicer.position) continue;
      replaceName(text, span[0], span[1], splicer, scope);
    }
    return splicer.finish();
  },
};

/** The `<` of `<local@domain>` around the `@` at `at`, or -1. */
function addressOpen(text: string, at: number): number {
  let start = at;
  const limit = Math.max(0, at - 64);
  while (start > limit && isLocal(text.charCodeAt(start - 1))) start--;
  if (start === at || text.charCodeAt(start - 1) !== 60) return -1;
  let end = at + 1;
  const domainLimit = Math.min(text.length, end + 253);
  while (end < domainLimit && isHostCode(text.charCodeAt(end))) end++;
  return end > at + 1 && text.charCodeAt(end) === 62 ? start - 1 : -1;
}

function isLocal(c: number): boolean {
  return isHostCode(c) || c === 95 || c === 43 || c === 37 || c === 126;
}

/** The name ending right before the blank at `blank`: quoted, or capitalised words. */
function nameBefore(text: string, blank: number): [number, number] | null {
  let end = blank;
  const quote = text.charCodeAt(end - 1);
  if (quote === 34 || quote === 39) {
    const open = text.lastIndexOf(String.fromCharCode(quote), end - 2);
    if (open < 0 || end - open > MAX_NAME || text.slice(open, end).includes('\n')) return null;
    return [open + 1, end - 1];
  }
  let start = end;
  for (let words = 0; words < MAX_WORDS; words++) {
    let s = end;
    while (
      s > 0 &&
      end - s < 40 &&
      !isSpaceCode(text.charCodeAt(s - 1)) &&
      !isQuoteOrBracket(text.charCodeAt(s - 1))
    )
      s--;
    if (s === end || !NAME_WORD.test(text.slice(s, end))) break;
    start = s;
    // Words of one name are one blank apart.
    if (text.charCodeAt(s - 1) !== 32 || isSpaceCode(text.charCodeAt(s - 2))) break;
    end = s - 1;
  }
  return start < blank ? [start, blank] : null;
}

function isQuoteOrBracket(c: number): boolean {
  return (
    c === 34 || c === 39 || c === 40 || c === 91 || c === 123 || c === 61 || c === 58 || c === 44
  );
}

function replaceName(
  text: string,
  start: number,
  end: number,
  splicer: Splicer,
  scope: Scope,
): void {
  const written = text.slice(start, end);
  const name = written.replace(SUFFIX, '');
  if (name.trim() === '' || name.startsWith('[REDACTED') || scope.isToken(name)) return;
  const token = scope.token('name', name);
  if (token !== name && splicer.replace(start, start + name.length, token)) {
    scope.hit('mail-display-name');
  }
}
