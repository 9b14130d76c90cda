/**
 * The request columns of Jira's own logs (atlassian-jira.log, -security.log):
 * `… url: /x; user: jsmith INFO jsmith 623x1234x1 1abc2de 10.0.0.5,127.0.0.1 /x [logger] …`
 * The user (twice), the session id and the client addresses are replaced in one pass per
 * line, parsed with `indexOf` (this runs on every request line of every log).
 */
import type { Rule, Scope } from '../types.ts';
import { isKeptIpv4 } from '../pseudonym/ipv4.ts';
import { isIpv4 } from './helpers/hosts.ts';
import { Splicer } from './helpers/replace.ts';

const MARK = '; user: ';
/** Layouts without the thread decoration: `user reqid session`. */
const REQUEST_ID = / \d+x\d+x\d+ /g;
const SESSION = /(HttpSession(?: created| destroyed)? \[)([A-Za-z0-9]{4,40})(\])/g;
const SESSION_ID = /^[A-Za-z0-9]{4,40}$/;
const LEVELS = new Set([
  'TRACE',
  'DEBUG',
  'INFO',
  'WARN',
  'WARNING',
  'ERROR',
  'FATAL',
  'SEVERE',
  'NOTICE',
]);
const NOT_A_USER = new Set(['-', 'anonymous', 'Anonymous', 'null', '']);

export const jiraLogUser: Rule = {
  id: 'log-user',
  ruleClass: 'identity',
  method: 'pseudonymise',
  description: 'User, session and client-address columns of Jira application and security logs.',
  hints: [],
  since: '2026.11.1',
  changed: '2026.11.1',
  emits: { 'log-session': 'identity', 'log-address': 'network' },
  apply(text, scope) {
    let out = text.includes(MARK) ? decoratedLines(text, scope) : requestColumns(text, scope);
    if (out.includes('HttpSession')) {
      out = out.replace(
        SESSION,
        (_all, lead: string, id: string, tail: string) => lead + sessionToken(id, scope) + tail,
      );
    }
    return out;
  },
};

/** Start and end of up to six fields; reused (this runs for every request line). */
const bounds = new Int32Array(12);

/** Fields after `; user: `: user, [LEVEL], user, request id, session, addresses. */
function decoratedLines(text: string, scope: Scope): string {
  const splicer = new Splicer(text);
  let at = text.indexOf(MARK);
  while (at >= 0) {
    let p = at + MARK.length;
    let count = 0;
    while (count < 6) {
      const end = fieldEnd(text, p);
      if (end === p) break;
      bounds[2 * count] = p;
      bounds[2 * count + 1] = end;
      count++;
      if (text.charCodeAt(end) !== 32) break;
      p = end + 1;
      while (text.charCodeAt(p) === 32) p++;
    }
    if (count > 0) replaceField(text, splicer, 0, userToken(field(text, 0), scope));
    // With a level the columns shift by one: `user LEVEL user reqid session ips`.
    const shift = count > 1 && LEVELS.has(field(text, 1)) ? 1 : 0;
    if (count >= 4 + shift && isRequestId(text, 2 + shift)) {
      replaceField(text, splicer, 1 + shift, userToken(field(text, 1 + shift), scope));
      replaceField(text, splicer, 3 + shift, sessionToken(field(text, 3 + shift), scope));
      if (count >= 5 + shift)
        replaceField(text, splicer, 4 + shift, addresses(field(text, 4 + shift), scope));
    }
    at = text.indexOf(MARK, p);
  }
  return splicer.finish();
}

function field(text: string, i: number): string {
  return text.slice(bounds[2 * i], bounds[2 * i + 1]);
}

function replaceField(text: string, splicer: Splicer, i: number, value: string): void {
  const start = bounds[2 * i] ?? 0;
  const end = bounds[2 * i + 1] ?? 0;
  if (value.length !== end - start || !text.startsWith(value, start))
    splicer.replace(start, end, value);
}

/** `623x1234x1`: digits, `x`, digits, `x`, digits. */
function isRequestId(text: string, i: number): boolean {
  const start = bounds[2 * i] ?? 0;
  const end = bounds[2 * i + 1] ?? 0;
  let xs = 0;
  let digits = 0;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 120 && digits > 0) {
      xs++;
      digits = 0;
    } else return false;
  }
  return xs === 2 && digits > 0;
}

function fieldEnd(text: string, p: number): number {
  let end = p;
  for (;;) {
    const c = text.charCodeAt(end);
    if (Number.isNaN(c) || c === 32 || c === 10 || c === 13 || c === 9 || c === 34 || c === 39)
      return end;
    if (end === p && (c === 59 || c === 44 || c === 91 || c === 93)) return end;
    end++;
  }
}

function userToken(user: string, scope: Scope): string {
  if (NOT_A_USER.has(user)) return user;
  const token = scope.token('user', user);
  if (token !== user) scope.hit('log-user');
  return token;
}

function sessionToken(session: string, scope: Scope): string {
  if (scope.isToken(session) || !SESSION_ID.test(session)) return session;
  const token = scope.token('session', session);
  if (token !== session) scope.hit('log-session');
  return token;
}

function addresses(list: string, scope: Scope): string {
  if (!list.includes(',')) return address(list, scope);
  const parts = list.split(',');
  for (let i = 0; i < parts.length; i++) parts[i] = address(parts[i] ?? '', scope);
  return parts.join(',');
}

function address(ip: string, scope: Scope): string {
  if (!isIpv4(ip) || isKeptIpv4(ip)) return ip;
  const token = scope.token('ip', ip);
  if (token !== ip) scope.hit('log-address');
  return token;
}

/** Around a request id when no thread decoration names the user: `user reqid session`. */
function requestColumns(text: string, scope: Scope): string {
  const splicer = new Splicer(text);
  REQUEST_ID.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REQUEST_ID.exec(text)) !== null) {
    const idEnd = m.index + m[0].length;
    const afterEnd = fieldEnd(text, idEnd);
    // `ip reqid user [date]` is an access log: that rule owns it.
    if (text.charAt(afterEnd + 1) === '[') continue;
    let beforeStart = m.index;
    while (beforeStart > 0 && !/\s/.test(text.charAt(beforeStart - 1))) beforeStart--;
    if (beforeStart < splicer.position) continue;
    splicer.replace(beforeStart, m.index, userToken(text.slice(beforeStart, m.index), scope));
    splicer.replace(idEnd, afterEnd, sessionToken(text.slice(idEnd, afterEnd), scope));
    REQUEST_ID.lastIndex = Math.max(REQUEST_ID.lastIndex, afterEnd);
  }
  return splicer.finish();
}
