/**
 * Host names in the shapes messages write them, where no TLD or key says they are hosts:
 * UNC paths (`\\FILESRV02\share`, `\\\\filesrv02\\share` escaped) and the host before a port
 * in connection messages (`Connection to pgdb01:5432 refused`, `Connect to db7:3306 [db7/10.0.0.5]
 * failed`). Short names are caught only there: class, thread and version names never are.
 */
import type { Rule, Scope } from '../types.ts';
import { isHostCode, isSpaceCode, isWordCode } from './helpers/chars.ts';
import { replaceHost } from './helpers/hosts.ts';
import { Splicer } from './helpers/replace.ts';

/** `onnect…to host:port`, from the literal; the `C`/`c` before it is checked by hand. */
const CONNECT_TO =
  /onnect(?:ion|ing|ed)?\s+to\s+([A-Za-z0-9][\w.-]{0,252})(?=:\d{1,5}\b)(?::\d{1,5}\s+\[([A-Za-z0-9][\w.-]{0,252})\/)?/g;
const BACKSLASH = 92;

export const messageHost: Rule = {
  id: 'message-host',
  ruleClass: 'network',
  method: 'pseudonymise',
  description: 'Hosts of UNC paths and of `Connection to host:port` messages.',
  hints: ['\\\\', 'onnect'],
  since: '2026.11.3',
  changed: '2026.11.3',
  apply(text, scope) {
    // No `includes('onnect')` first: the regex's own literal search is the one scan.
    const out = connectionHosts(text, scope);
    return out.includes('\\\\') ? uncHosts(out, scope) : out;
  },
};

function connectionHosts(text: string, scope: Scope): string {
  const splicer = new Splicer(text);
  CONNECT_TO.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CONNECT_TO.exec(text)) !== null) {
    const c = text.charCodeAt(m.index - 1) | 32;
    if (c !== 99 || isWordCode(text.charCodeAt(m.index - 2))) continue;
    const host = m[1] ?? '';
    const start = m.index + m[0].indexOf(host, 6);
    replaceAt(splicer, start, host, scope);
    const resolved = m[2];
    if (resolved !== undefined)
      replaceAt(splicer, m.index + m[0].length - 1 - resolved.length, resolved, scope);
  }
  return splicer.finish();
}

/**
 * `\\host\share`: two backslashes, the host, then one; escaped (`\\\\host\\share`), four and
 * two. The halved separator tells a UNC path from escapes (`\\d\\s`, a doubly escaped `\\n`).
 */
function uncHosts(text: string, scope: Scope): string {
  const splicer = new Splicer(text);
  for (let i = text.indexOf('\\\\'); i >= 0;) {
    let run = 0;
    while (text.charCodeAt(i + run) === BACKSLASH) run++;
    const next = i + run;
    const before = text.charCodeAt(i - 1);
    if ((run === 2 || run === 4) && !isWordCode(before) && before !== 58) {
      let end = next;
      while (end < next + 253 && (isHostCode(text.charCodeAt(end)) || text.charCodeAt(end) === 95))
        end++;
      const sep = run / 2;
      let slashes = 0;
      while (text.charCodeAt(end + slashes) === BACKSLASH) slashes++;
      const after = text.charCodeAt(end + sep);
      if (slashes === sep && end + sep < text.length && !isSpaceCode(after))
        replaceAt(splicer, next, text.slice(next, end), scope);
    }
    i = text.indexOf('\\\\', next);
  }
  return splicer.finish();
}

function replaceAt(splicer: Splicer, start: number, host: string, scope: Scope): void {
  if (host.length < 2 || !/[A-Za-z]/.test(host) || !isWordCode(host.charCodeAt(0))) return;
  if (scope.isToken(host) || start < splicer.position) return;
  const token = replaceHost(host, scope);
  if (token !== host && splicer.replace(start, start + host.length, token))
    scope.hit('message-host');
}
