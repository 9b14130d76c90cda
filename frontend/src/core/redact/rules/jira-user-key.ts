/** Jira user keys (`JIRAUSER10412`). */
import type { Rule } from '../types.ts';
import { isWordCode } from './helpers/chars.ts';
import { Splicer } from './helpers/replace.ts';

/**
 * `\bJIRAUSER\d+\b` with the leading `\b` checked by hand: a regex that starts with an
 * assertion is tried at every position, one that starts with a literal skips to it.
 */
const USER_KEY = /JIRAUSER\d+\b/gi;

export const jiraUserKey: Rule = {
  id: 'jira-user-key',
  ruleClass: 'identity',
  method: 'pseudonymise',
  description: 'Jira user keys (JIRAUSER…).',
  hints: ['AUSER'],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    const splicer = new Splicer(text);
    USER_KEY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = USER_KEY.exec(text)) !== null) {
      // A match after a word character is no key; no key can start inside it either.
      if (m.index > 0 && isWordCode(text.charCodeAt(m.index - 1))) continue;
      const key = m[0];
      const token = scope.token('userkey', key);
      if (token === key) continue;
      scope.hit('jira-user-key');
      splicer.replace(m.index, m.index + key.length, token);
    }
    return splicer.finish();
  },
};
