/**
 * Project keys where the context says so (`/browse/ACME-12`, `/rest/api/2/issue/ACME-12`,
 * `issueKey=ACME-12`): the key part is pseudonymised, the issue number stays.
 */
import type { Rule, Scope } from '../types.ts';

const KEY = '([A-Z][A-Z0-9_]{1,19})(?=-\\d|[/?#&;"\'\\s]|$)';
/** One regex per literal prefix: irregexp finds a literal fast, an alternation slowly. */
const IN_PATHS: [string, RegExp][] = [
  ['/browse/', new RegExp(`(/browse/)${KEY}`, 'gm')],
  ['/issue', new RegExp(`(/issues?/)${KEY}`, 'gm')],
  ['/project', new RegExp(`(/projects?/)${KEY}`, 'gm')],
];
const ISSUE_KEY_LABEL = /issue[ _]?key/i;
const IN_FIELD = new RegExp(
  `([?&;](?:issueKey|selectedIssue|key|pid|projectKey)=|issue[ _]?[kK]ey["']?\\s*[:=]\\s*["']?)${KEY}`,
  'gm',
);

export const issueKey: Rule = {
  id: 'project-key',
  ruleClass: 'content',
  method: 'pseudonymise',
  description: 'Project keys in issue links and issue-key fields.',
  // Gated inside: each path form by its own literal, the field form by the key hint.
  hints: [],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    let out = text;
    for (const [literal, re] of IN_PATHS) {
      if (!out.includes(literal)) continue;
      out = out.replace(re, (all: string, lead: string, key: string) =>
        projectToken(all, lead, key, scope),
      );
    }
    if (!out.includes('ey=') && !ISSUE_KEY_LABEL.test(out)) return out;
    return out.replace(IN_FIELD, (all: string, lead: string, key: string) =>
      projectToken(all, lead, key, scope),
    );
  },
};

function projectToken(all: string, lead: string, key: string, scope: Scope): string {
  const token = scope.token('project', key);
  if (token === key) return all;
  scope.hit('project-key');
  return lead + token;
}
