/** Session ids and remember-me cookies (`JSESSIONID`, `;jsessionid=`, `seraph.rememberme.cookie`). */
import { keyValueRule } from './helpers/key-value.ts';
import { HINT } from './helpers/hints.ts';

export const sessionId = keyValueRule({
  id: 'session-id',
  description: 'Session ids and remember-me cookies named by their key.',
  // `seraph.rememberme.cookie` has a cookie hint; token_key a token hint.
  hints: [HINT.session, HINT.cookie, HINT.token],
  since: '2026.11.1',
  changed: '2026.11.1',
  keyword:
    /j?sessionid(?:sso)?|asessionid|session[_.-]?id|remember[_.-]?me(?:[_.-]?cookie)?|token_key/gi,
  anchors: [/session/gi, /remember/gi, /token_key/gi],
  // One scan: `_key` stands in for token_key (three short words scan as fast as two).
  scans: [/session|remember|_key/gi],
  isSecretKey: (key) =>
    !/timeout|enabled|disabled|tracking|mode|cookie[_.-]?name|length|max/i.test(key),
});
