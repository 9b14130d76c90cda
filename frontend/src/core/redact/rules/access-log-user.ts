/**
 * The user column of access logs: Tomcat's `%h %l %u [%t]` (user right before the date)
 * and layouts that start with the date (`[03/Oct/2022:09:00:01 +0000] [ip] user thread …`).
 */
import type { Rule } from '../types.ts';
import { Splicer } from './helpers/replace.ts';

/** Tried (sticky) only at a `[` followed by a digit, found with `indexOf`: `[` is frequent in logs. */
const DATE = /\[\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2}[^\]]*\]/y;
const ADDRESS = /^[0-9A-Fa-f.:]+$/;
const NOT_A_USER = new Set(['-', 'anonymous', '']);

export const accessLogUser: Rule = {
  id: 'access-log-user',
  ruleClass: 'identity',
  method: 'pseudonymise',
  description: 'User columns of Tomcat and Jira access logs.',
  hints: [],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    const splicer = new Splicer(text);
    let from = 0;
    for (let open = text.indexOf('['); open >= 0; open = text.indexOf('[', from)) {
      from = open + 1;
      const digit = text.charCodeAt(from);
      if (digit < 48 || digit > 57) continue;
      DATE.lastIndex = open;
      const m = DATE.exec(text);
      if (m === null) continue;
      // Scanning goes on after the date, as a global regex does.
      from = DATE.lastIndex;
      const atLineStart = m.index === 0 || text.charCodeAt(m.index - 1) === 10;
      const span = atLineStart ? userAfter(text, m.index + m[0].length) : userBefore(text, m.index);
      if (!span || span[0] < splicer.position) continue;
      const user = text.slice(span[0], span[1]);
      if (NOT_A_USER.has(user.toLowerCase()) || user.startsWith('[REDACTED')) continue;
      const token = scope.token('user', user);
      if (token !== user && splicer.replace(span[0], span[1], token)) scope.hit('access-log-user');
    }
    return splicer.finish();
  },
};

/** `host ident user [date]`: the field right before the date, if three fields precede it. */
function userBefore(text: string, dateStart: number): [number, number] | null {
  if (text.charCodeAt(dateStart - 1) !== 32) return null;
  const start = text.lastIndexOf('\n', dateStart - 1) + 1;
  const fields = text.slice(start, dateStart - 1).split(' ');
  if (fields.length !== 3) return null;
  const user = fields[2] ?? '';
  return [dateStart - 1 - user.length, dateStart - 1];
}

/** `[date] user thread …` or `[date] ip user thread …`. */
function userAfter(text: string, dateEnd: number): [number, number] | null {
  const lineEnd = text.indexOf('\n', dateEnd);
  const rest = text.slice(dateEnd, lineEnd < 0 ? text.length : lineEnd);
  const fields = rest.split(' ');
  if (fields[0] !== '' || fields.length < 4) return null;
  let index = 1;
  if (ADDRESS.test(fields[1] ?? '') && /[.:]/.test(fields[1] ?? '')) index = 2;
  if (!/-exec-\d+|^[\w-]+-\d+$/.test(fields[index + 1] ?? '')) return null;
  const offset = fields.slice(0, index).join(' ').length + 1;
  const user = fields[index] ?? '';
  return [dateEnd + offset, dateEnd + offset + user.length];
}
