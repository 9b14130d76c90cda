/** GitHub tokens (`ghp_…`, `gho_…`, `ghu_…`, `ghs_…`, `ghr_…`, `github_pat_…`). */
import type { Rule } from '../types.ts';
import { marker } from './helpers/marker.ts';

const GITHUB = /\b(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g;

export const githubToken: Rule = {
  id: 'github-token',
  ruleClass: 'secret',
  method: 'remove',
  description: 'GitHub personal, OAuth, app and refresh tokens.',
  hints: [/gh[pousr]_|github_pat_/],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    return text.replace(GITHUB, () => {
      scope.hit('github-token');
      return marker('github-token');
    });
  },
};
