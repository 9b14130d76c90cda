/**
 * Host names a key names as such, wherever they are written: `-Djava.rmi.server.hostname=node7`,
 * `http.proxyHost=proxy01`, `smtp.host: mail01`, `<property name="hostName" value="db01"/>`.
 * Short names without a TLD are caught here, where the hostname rule could not know them.
 */
import type { Rule } from '../types.ts';
import { isKeyCode } from './helpers/chars.ts';
import { replaceHost } from './helpers/hosts.ts';
import { keyWords } from './helpers/key-words.ts';
import { Splicer } from './helpers/replace.ts';
import { findValueSpan } from './helpers/value-span.ts';

const KEYWORD = /host/gi;
const HOST_WORDS = new Set(['host', 'hostname', 'hosts', 'fqdn']);
const HOST_VALUE = /^(?=.*[A-Za-z])[A-Za-z0-9][A-Za-z0-9._-]{0,252}$/;
const NOT_A_HOST = new Set([
  'unknown',
  'none',
  'null',
  'any',
  'all',
  'true',
  'false',
  'default',
  'undefined',
  'localhost',
  'n/a',
]);

export const namedHost: Rule = {
  id: 'named-host',
  ruleClass: 'network',
  method: 'pseudonymise',
  description: 'Values of keys that name a host (hostname, proxyHost, smtp.host, …).',
  hints: [/host/i],
  since: '2026.11.1',
  changed: '2026.11.3',
  apply(text, scope) {
    const splicer = new Splicer(text);
    KEYWORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = KEYWORD.exec(text)) !== null) {
      let ks = m.index;
      const from = Math.max(0, ks - 256);
      while (ks > from && isKeyCode(text.charCodeAt(ks - 1))) ks--;
      let ke = m.index + m[0].length;
      const to = Math.min(text.length, ke + 256);
      while (ke < to && isKeyCode(text.charCodeAt(ke))) ke++;
      KEYWORD.lastIndex = ke;
      const words = keyWords(text.slice(ks, ke));
      const last = words[words.length - 1] ?? '';
      if (
        ks < splicer.position ||
        !(HOST_WORDS.has(last) || (last === 'name' && words[words.length - 2] === 'host'))
      ) {
        continue;
      }
      const span = findValueSpan(
        text,
        ks,
        ke,
        scope.format === 'properties' ? 'log' : scope.format,
      );
      if (!span || span.start < splicer.position) continue;
      const value = text.slice(span.start, span.end);
      if (!HOST_VALUE.test(value) || NOT_A_HOST.has(value.toLowerCase()) || scope.isToken(value))
        continue;
      const token = replaceHost(value, scope);
      if (token !== value && splicer.replace(span.start, span.end, token)) scope.hit('named-host');
    }
    return splicer.finish();
  },
};
