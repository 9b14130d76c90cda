/** Jira user keys (`JIRAUSER10412`). */
import type { Rule } from '../types.ts';

const USER_KEY = /\bJIRAUSER\d+\b/gi;

export const jiraUserKey: Rule = {
  id: 'jira-user-key',
  ruleClass: 'identity',
  method: 'pseudonymise',
  description: 'Jira user keys (JIRAUSER…).',
  hints: ['AUSER'],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    return text.replace(USER_KEY, (key) => {
      const token = scope.token('userkey', key);
      if (token !== key) scope.hit('jira-user-key');
      return token;
    });
  },
};
