/**
 * Passwords wherever a key names one: XML elements and attributes, properties, YAML, JSON,
 * JVM `-D…Password=`, JDBC URL parameters and `password=` in free text; and Tomcat's shutdown
 * command (`<Server shutdown="…">`), with which anyone on the host can stop Tomcat, unless it
 * is the well-known default `SHUTDOWN`.
 */
import { isAboutASecret, keyWords } from './helpers/key-words.ts';
import { keyValueRule } from './helpers/key-value.ts';
import { HINT } from './helpers/hints.ts';

const PASSWORD_KEY =
  /passw(?:or)?d|passphrase|pwd|(?:^|[^a-z])pass(?:$|[^a-z])|(?:store|key|db|bind|smtp|mail|ldap|proxy|admin|root|user)pass(?:$|[^a-z])/i;

const PROXY_DIRECTIVE =
  /^(?:ProxyPass(?:Match|Reverse\w*|Inherit|InterpolateEnv)?|(?:proxy|fastcgi|uwsgi|scgi|grpc|memcached)_pass(?:_[a-z_]+)?)$/;

/** Last words of a key that name the value itself, whatever the words before it say. */
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'passphrase']);

export const password = keyValueRule({
  id: 'password',
  description:
    "Values of keys that name a password (password, passwd, pwd, keystorePass, …) and Tomcat's shutdown command.",
  // The attribute is written in lower case (Tomcat's digester matches it so).
  hints: [HINT.pass, HINT.pwd, 'shutdown='],
  since: '2026.11.1',
  changed: '2026.11.3',
  keyword: /pass(?:w(?:or)?d|phrase)?|pwd|shutdown/gi,
  anchors: [/pass/gi, /pwd/gi, /shutdown/g],
  // One scan: a second one for `shutdown` alone costs as much again.
  scans: [/p(?:ass|wd)|shutdown/gi],
  isSecretKey(key) {
    const k = key.replace(/^-D/, '');
    if (k === 'shutdown') return true;
    if (/^(?:old)?pwd$/i.test(k)) return false; // the shell's working directory
    // Reverse proxies' "pass to a backend": httpd's `ProxyPass /jira http://…`, nginx's `proxy_pass`.
    if (PROXY_DIRECTIVE.test(k)) return false;
    if (!PASSWORD_KEY.test(k)) return false;
    // `header.auth.password` is a password though `header` is about one (`password.header`).
    const words = keyWords(k);
    if (PASSWORD_WORDS.has(words[words.length - 1] ?? '')) return true;
    return !isAboutASecret(k.replace(/pass(?:w(?:or)?d)?/gi, ' '));
  },
  isSecretValue: (value, key) => key !== 'shutdown' || value !== 'SHUTDOWN',
});
