/**
 * Key names split into words (`keyStorePassword` → key, store, password) so that a setting
 * *about* a secret (`passwordMinLength`, `token.timeout`) is told apart from a secret.
 */

const ABOUT_A_SECRET = new Set([
  'policy', 'timeout', 'ttl', 'length', 'len', 'size', 'count', 'max', 'min', 'maximum',
  'minimum', 'enabled', 'disabled', 'enable', 'disable', 'encoder', 'encoding', 'algorithm',
  'algorithms', 'strength', 'reset', 'field', 'form', 'label', 'required', 'prompt', 'hint',
  'mode', 'type', 'format', 'style', 'retry', 'retries', 'attempt', 'attempts', 'lifetime',
  'validity', 'age', 'history', 'change', 'changed', 'url', 'uri', 'file', 'path', 'location',
  'provider', 'class', 'factory', 'handler', 'manager', 'service', 'validator', 'complexity',
  'rule', 'rules', 'regex', 'pattern', 'digits', 'uppercase', 'lowercase', 'special', 'checker',
  'visible', 'allowed', 'header', 'tokenizer', 'check', 'checks', 'endpoint', 'scope', 'scopes',
  'expiry', 'expires', 'expiration', 'expire', 'duration', 'interval', 'period', 'seconds',
  'minutes', 'hours', 'days', 'millis', 'ms', 'limit', 'version', 'id', 'name', 'names',
  'strategy', 'generator', 'cache', 'used', 'last', 'created', 'updated',
  'valid', 'invalid', 'error', 'errors', 'message', 'count', 'failed', 'failure', 'success',
  'lookup', 'prefix', 'suffix', 'parameter', 'param', 'env', 'variable', 'var', 'command',
]);

export function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && w !== 'd');
}

/** True when a word of the key says the value is a setting about a secret, not the secret. */
export function isAboutASecret(key: string): boolean {
  return keyWords(key).some((w) => ABOUT_A_SECRET.has(w) || w.startsWith('expir'));
}
