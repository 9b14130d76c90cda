/** Atlassian API tokens (`ATATT3…`) and Connect/OAuth shared secrets written in that form. */
import type { Rule } from '../types.ts';
import { marker } from './helpers/marker.ts';

const TOKEN = /\bATATT3[A-Za-z0-9_=-]{20,}/g;

export const atlassianApiToken: Rule = {
  id: 'atlassian-api-token',
  ruleClass: 'secret',
  method: 'remove',
  description: 'Atlassian API tokens.',
  hints: ['ATATT3'],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    return text.replace(TOKEN, () => {
      scope.hit('atlassian-api-token');
      return marker('atlassian-api-token');
    });
  },
};
