/** Jira Server IDs (`BX7Q-2M4K-9PLC-T3ZA`) and Support Entitlement Numbers (`SEN-1234567`). */
import type { Rule, Scope } from '../types.ts';
import { isWordCode } from './helpers/chars.ts';
import { HINT } from './helpers/hints.ts';
import { Splicer } from './helpers/replace.ts';

/** Anchored on the first dash: a regex starting with a character class would test every letter. */
const TAIL = /-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}(?![\w-])/g;
const SEN = /\bSEN-?L?\d{4,}\b/gi;

export const serverId: Rule = {
  id: 'server-id',
  ruleClass: 'content',
  method: 'pseudonymise',
  description: 'Server IDs and Support Entitlement Numbers.',
  // In JSON and config files Server IDs are found by their key and swept once learned;
  // in free text they come with a label.
  hints: [HINT.serverId, 'SEN'],
  since: '2026.11.1',
  changed: '2026.11.1',
  emits: { sen: 'content' },
  apply(text, scope) {
    const splicer = new Splicer(text);
    TAIL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TAIL.exec(text)) !== null) {
      const start = m.index - 4;
      const end = m.index + m[0].length;
      if (start < splicer.position || !isIdGroup(text, start)) continue;
      if (isWordCode(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 45) continue;
      // Both letters and digits: a Server ID, not a date or a word list.
      if (!hasLetterAndDigit(text, start, end)) continue;
      const id = text.slice(start, end);
      const token = scope.token('serverid', id);
      if (token !== id && splicer.replace(start, end, token)) scope.hit('server-id');
    }
    const out = splicer.finish();
    if (!/sen-?l?\d/i.test(out)) return out;
    return replaceSens(out, scope);
  },
};

function replaceSens(text: string, scope: Scope): string {
  const splicer = new Splicer(text);
  SEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEN.exec(text)) !== null) {
    const sen = m[0];
    if (scope.isToken(sen)) continue;
    const token = scope.token('sen', sen.toUpperCase());
    if (token === sen) continue;
    scope.hit('sen');
    splicer.replace(m.index, m.index + sen.length, token);
  }
  return splicer.finish();
}

/** `[A-Z0-9]{4}` at `start`: the group before the first dash. */
function isIdGroup(text: string, start: number): boolean {
  for (let i = start; i < start + 4; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

function hasLetterAndDigit(text: string, start: number, end: number): boolean {
  let letter = false;
  let digit = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) letter = true;
    else if (c >= 48 && c <= 57) digit = true;
  }
  return letter && digit;
}
