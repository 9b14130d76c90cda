/** `Bearer <token>` (OAuth 2 access tokens, Jira Data Center personal access tokens). */
import type { Rule } from '../types.ts';
import { marker } from './helpers/marker.ts';
import { HINT } from './helpers/hints.ts';

const BEARER = /\b(bearer)(\s+)([A-Za-z0-9._~+/-]{16,}=*)/gi;

export const bearerToken: Rule = {
  id: 'bearer-token',
  ruleClass: 'secret',
  method: 'remove',
  description: 'Bearer tokens and personal access tokens after `Bearer`.',
  hints: [HINT.bearer],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    return text.replace(BEARER, (all, word: string, gap: string, token: string) => {
      // A token has digits or punctuation; "Bearer authentication" is prose.
      if (!/[\d._~+/=-]/.test(token)) return all;
      scope.hit('bearer-token');
      return `${word}${gap}${marker('bearer-token')}`;
    });
  },
};
