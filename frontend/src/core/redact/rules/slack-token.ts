/** Slack incoming-webhook URLs and Slack API tokens (`xoxb-…`). */
import type { Rule } from '../types.ts';
import { marker } from './helpers/marker.ts';
import { HINT } from './helpers/hints.ts';

const SLACK =
  /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]+|\bxox[abposr]-[A-Za-z0-9-]{10,}/g;

export const slackToken: Rule = {
  id: 'slack-token',
  ruleClass: 'secret',
  method: 'remove',
  description: 'Slack webhook URLs and API tokens.',
  hints: [HINT.slack, 'xox'],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    return text.replace(SLACK, () => {
      scope.hit('slack-token');
      return marker('slack-token');
    });
  },
};
