/**
 * The user column of access logs: Tomcat's `%h %l %u [%t]` (user right before the date),
 * Jira's `%a %{jira.request.id}r %{jira.request.username}r %t … "%{jira.request.assession.id}r"`
 * (any number of address fields before the request id; the session id ends the line) and
 * layouts that start with the date (`[03/Oct/2022:09:00:01 +0000] [ip] user thread …`).
 */
import type { Rule, Scope } from '../types.ts';
import { Splicer } from './helpers/replace.ts';

/** Tried (sticky) only at a `[` followed by a digit, found with `indexOf`: `[` is frequent in logs. */
const DATE = /\[\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2}[^\]]*\]/y;
const ADDRESS = /^[0-9A-Fa-f.:]+$/;
const NOT_A_USER = new Set(['-', 'anonymous', '']);
const REQUEST_ID = /^\d+x\d+x\d+$/;
/** Jira's last field, the session id in quotes: `"1q9fakz"`. */
const LAST_SESSION = /"([A-Za-z0-9]{4,40})"[ \t]*\r?$/;

export const accessLogUser: Rule = {
  id: 'access-log-user',
  ruleClass: 'identity',
  method: 'pseudonymise',
  description: 'User columns of Tomcat and Jira access logs.',
  hints: [],
  since: '2026.11.1',
  changed: '2026.11.3',
  emits: { 'access-log-session': 'identity' },
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
      if (!NOT_A_USER.has(user.toLowerCase()) && !user.startsWith('[REDACTED')) {
        const token = scope.token('user', user);
        if (token !== user && splicer.replace(span[0], span[1], token))
          scope.hit('access-log-user');
      }
      if (span[2]) lastSession(text, from, splicer, scope);
    }
    return splicer.finish();
  },
};

/**
 * `host ident user [date]` or Jira's `… reqid user [date]`: the field right before the date,
 * if three fields precede it or a request id precedes it; the third item tells Jira's layout.
 */
function userBefore(text: string, dateStart: number): [number, number, boolean] | null {
  if (text.charCodeAt(dateStart - 1) !== 32) return null;
  const start = text.lastIndexOf('\n', dateStart - 1) + 1;
  const fields = text.slice(start, dateStart - 1).split(' ');
  const jira = fields.length >= 3 && REQUEST_ID.test(fields[fields.length - 2] ?? '');
  if (fields.length !== 3 && !jira) return null;
  const user = fields[fields.length - 1] ?? '';
  return [dateStart - 1 - user.length, dateStart - 1, jira];
}

/** The quoted session id that ends a line of Jira's layout. */
function lastSession(text: string, from: number, splicer: Splicer, scope: Scope): void {
  const nl = text.indexOf('\n', from);
  const end = nl < 0 ? text.length : nl;
  const tail = text.slice(Math.max(from, end - 48), end);
  const m = LAST_SESSION.exec(tail);
  const id = m?.[1];
  if (id === undefined || scope.isToken(id)) return;
  const start = end - tail.length + (m?.index ?? 0) + 1;
  const token = scope.token('session', id);
  if (token !== id && splicer.replace(start, start + id.length, token)) {
    scope.hit('access-log-session');
  }
}

/** `[date] user thread …` or `[date] ip user thread …`. */
function userAfter(text: string, dateEnd: number): [number, number, boolean] | null {
  const lineEnd = text.indexOf('\n', dateEnd);
  const rest = text.slice(dateEnd, lineEnd < 0 ? text.length : lineEnd);
  const fields = rest.split(' ');
  if (fields[0] !== '' || fields.length < 4) return null;
  let index = 1;
  if (ADDRESS.test(fields[1] ?? '') && /[.:]/.test(fields[1] ?? '')) index = 2;
  if (!/-exec-\d+|^[\w-]+-\d+$/.test(fields[index + 1] ?? '')) return null;
  const offset = fields.slice(0, index).join(' ').length + 1;
  const user = fields[index] ?? '';
  return [dateEnd + offset, dateEnd + offset + user.length, false];
}
