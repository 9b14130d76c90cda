/**
 * Keyword hints shared between rules (one scan per block each, whoever asks first).
 * Case-insensitive words use a regex: irregexp searches a literal with Boyer–Moore, which beats
 * lower-casing the block and `includes` on words starting with a common letter.
 */
export const HINT = {
  token: /token/i,
  secret: /secret/i,
  key: /key/i,
  pass: /pass/i,
  pwd: /pwd/i,
  cookie: /cookie/i,
  session: /session/i,
  licence: /licen/i,
  credential: /credential/i,
  bearer: /bearer/i,
  basic: /basic/i,
  slack: /slack/i,
  subject: /subject/i,
  xsrf: /srf/i,
  serverId: /server[ ._-]?id/i,
} as const;
