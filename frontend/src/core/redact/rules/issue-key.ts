/** Issue keys where the context says so (`/browse/ACME-12`, `issueKey=ACME-12`): the project key part is pseudonymised. */
import type { Rule } from '../types.ts';

const KEY = '([A-Z][A-Z0-9_]{1,19})(?=-\\d|[/?#&;"\'\\s]|$)';
const IN_PATH = new RegExp(`(/(?:browse|issues?|projects?)/)${KEY}`, 'gm');
const IN_FIELD = new RegExp(`([?&;](?:issueKey|selectedIssue|key|pid|projectKey)=|issue[ _]?[kK]ey["']?\\s*[:=]\\s*["']?)${KEY}`, 'gm');

export const issueKey: Rule = {
  id: 'project-key',
  ruleClass: 'content',
  method: 'pseudonymise',
  description: 'Project keys in issue links and issue-key fields.',
  hints: [],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    const swap = (all: string, lead: string, key: string): string => {
      const token = scope.token('project', key);
      if (token === key) return all;
      scope.hit('project-key');
      return lead + token;
    };
    const out = text.replace(IN_PATH, swap);
    return /key/i.test(out) ? out.replace(IN_FIELD, swap) : out;
  },
};
