/**
 * Passwords wherever a key names one: XML elements and attributes, properties, YAML, JSON,
 * JVM `-D…Password=`, JDBC URL parameters and `password=` in free text.
 */
import { isAboutASecret } from './helpers/key-words.ts';
import { keyValueRule } from './helpers/key-value.ts';
import { HINT } from './helpers/hints.ts';

const PASSWORD_KEY =
  /passw(?:or)?d|passphrase|pwd|(?:^|[^a-z])pass(?:$|[^a-z])|(?:store|key|db|bind|smtp|mail|ldap|proxy|admin|root|user)pass(?:$|[^a-z])/i;

export const password = keyValueRule({
  id: 'password',
  description: 'Values of keys that name a password (password, passwd, pwd, keystorePass, …).',
  hints: [HINT.pass, HINT.pwd],
  since: '2026.11.1',
  changed: '2026.11.1',
  keyword: /pass(?:w(?:or)?d|phrase)?|pwd/gi,
  anchors: [/pass/gi, /pwd/gi],
  scans: [/pass|pwd/gi],
  isSecretKey(key) {
    const k = key.replace(/^-D/, '');
    if (/^(?:old)?pwd$/i.test(k)) return false; // the shell's working directory
    return PASSWORD_KEY.test(k) && !isAboutASecret(k.replace(/pass(?:w(?:or)?d)?/gi, ' '));
  },
});
