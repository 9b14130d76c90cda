/**
 * XSRF tokens: Jira's `atl_token`, `atlassian.xsrf.token`, the page's
 * `<meta name="atlassian-token" content="…">`, UPM's `upm-token` and CSRF fields.
 */
import { keyValueRule } from './helpers/key-value.ts';
import { HINT } from './helpers/hints.ts';

export const xsrfToken = keyValueRule({
  id: 'xsrf-token',
  description: 'XSRF/CSRF tokens (atl_token, atlassian.xsrf.token, upm-token).',
  hints: [HINT.token, HINT.xsrf],
  since: '2026.11.1',
  changed: '2026.11.3',
  keyword: /atl_token|atlassian-token|xsrf|csrf|upm[-_]token/gi,
  anchors: [/atl_token/gi, /atlassian-token/gi, /srf/gi, /upm[-_]token/gi],
  scans: [/srf|_token|-token/gi],
  isSecretKey: (key) => !/enabled|disabled|check|header|timeout|protection/i.test(key),
});
