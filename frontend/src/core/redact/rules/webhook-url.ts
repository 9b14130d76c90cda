/**
 * Incoming-webhook URLs other than Slack's: whoever holds one can post as the integration.
 * Microsoft Teams (`…webhook.office.com/webhookb2/…/IncomingWebhook/<secret>/…`), Discord and
 * Google Chat URLs are removed whole; a `/hooks/<token>` path (Automation for Jira's incoming
 * webhooks, Mattermost) loses its token.
 */
import type { Rule } from '../types.ts';
import { marker } from './helpers/marker.ts';

const WEBHOOK =
  /https?:\/\/[^\s/"'<>]*(?:webhook\.office\.com|outlook\.office(?:365)?\.com|discord(?:app)?\.com|chat\.googleapis\.com)\/(?:webhookb2|webhook|api\/webhooks|v1\/spaces)\/[^\s"'<>\\]+|\/hooks\/[A-Za-z0-9_-]{20,}/gi;

export const webhookUrl: Rule = {
  id: 'webhook-url',
  ruleClass: 'secret',
  method: 'remove',
  description: 'Incoming-webhook URLs (Teams, Discord, Google Chat) and /hooks/ tokens.',
  hints: [/webhook/i, '/hooks/'],
  since: '2026.11.3',
  changed: '2026.11.3',
  apply(text, scope) {
    return text.replace(WEBHOOK, (found) => {
      scope.hit('webhook-url');
      return found.startsWith('/') ? `/hooks/${marker('webhook-url')}` : marker('webhook-url');
    });
  },
};
