/** Jira Server IDs (`BX7Q-2M4K-9PLC-T3ZA`) and Support Entitlement Numbers (`SEN-1234567`). */
import type { Rule } from '../types.ts';
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
      if (start < splicer.position || !/^[A-Z0-9]{4}$/.test(text.slice(start, m.index))) continue;
      if (isWordCode(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 45) continue;
      const id = text.slice(start, end);
      // Both letters and digits: a Server ID, not a date or a word list.
      if (!/[A-Z]/.test(id) || !/\d/.test(id)) continue;
      const token = scope.token('serverid', id);
      if (token !== id && splicer.replace(start, end, token)) scope.hit('server-id');
    }
    const out = splicer.finish();
    if (!/sen-?l?\d/i.test(out)) return out;
    return out.replace(SEN, (sen) => {
      if (scope.isToken(sen)) return sen;
      const token = scope.token('sen', sen.toUpperCase());
      if (token !== sen) scope.hit('sen');
      return token;
    });
  },
};
