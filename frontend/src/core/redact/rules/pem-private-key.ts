/** PEM private keys (`-----BEGIN … PRIVATE KEY-----` to its END line, also JSON-escaped). */
import type { Rule } from '../types.ts';
import { marker } from './helpers/marker.ts';

const BEGIN = /-----BEGIN ([A-Z0-9 ]*?)PRIVATE KEY( BLOCK)?-----/g;
/** Lines of a key body when the END line is missing (a cut-off file). */
const BODY_LINE = /^(?:[A-Za-z0-9+/=]{8,}|[A-Za-z-]+: .*|\s*)$/;

export const pemPrivateKey: Rule = {
  id: 'pem-private-key',
  ruleClass: 'secret',
  method: 'remove',
  description: 'PEM private keys, from the BEGIN line to the END line.',
  hints: ['PRIVATE KEY'],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    let out = '';
    let last = 0;
    BEGIN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BEGIN.exec(text)) !== null) {
      const endLine = `-----END ${m[1] ?? ''}PRIVATE KEY${m[2] ?? ''}-----`;
      const endAt = text.indexOf(endLine, m.index);
      const stop = endAt >= 0 ? endAt + endLine.length : unterminatedEnd(text, m.index);
      out += text.slice(last, m.index) + marker('pem-private-key');
      last = stop;
      BEGIN.lastIndex = stop;
      scope.hit('pem-private-key');
    }
    return last === 0 ? text : out + text.slice(last);
  },
};

function unterminatedEnd(text: string, begin: number): number {
  let pos = text.indexOf('\n', begin);
  if (pos < 0) return text.length;
  for (;;) {
    const next = text.indexOf('\n', pos + 1);
    const line = text.slice(pos + 1, next < 0 ? text.length : next).replace(/\r$/, '');
    if (!BODY_LINE.test(line) || line.trim() === '') return pos;
    if (next < 0) return text.length;
    pos = next;
  }
}
