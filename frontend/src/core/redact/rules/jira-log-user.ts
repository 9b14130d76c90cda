/**
 * The request columns of Jira's own logs (atlassian-jira.log, -security.log):
 * `… url: /x; user: jsmith INFO jsmith 623x1234x1 1abc2de 10.0.0.5,127.0.0.1 /x [logger] …`
 * The user (twice), the session id and the client addresses are replaced in one pass per
 * line, parsed with `indexOf` and char codes: this runs on every request line of every log,
 * so a field becomes a string only when it is looked up or replaced.
 */
import type { Rule, Scope } from '../types.ts';
import { isKeptIpv4 } from '../pseudonym/ipv4.ts';
import { isSpaceCode } from './helpers/chars.ts';
import { isIpv4 } from './helpers/hosts.ts';
import { Splicer } from './helpers/replace.ts';

const MARK = '; user: ';
/** Layouts without the thread decoration: `user reqid session`. */
const REQUEST_ID = / \d+x\d+x\d+ /g;
/** `HttpSession created [id]`, `HttpSession [id] destroyed for 'jdoe'` (the security log's). */
const SESSION =
  /HttpSession(?: created| destroyed)? \[([A-Za-z0-9]{4,40})\](?: destroyed for '([^'\n]{1,100})')?/g;
const NOT_A_USER = new Set(['-', 'anonymous', 'Anonymous', 'null', '']);

export const jiraLogUser: Rule = {
  id: 'log-user',
  ruleClass: 'identity',
  method: 'pseudonymise',
  description: 'User, session and client-address columns of Jira application and security logs.',
  hints: [],
  since: '2026.11.1',
  changed: '2026.11.3',
  emits: { 'log-session': 'identity', 'log-address': 'network' },
  apply(text, scope) {
    // A block may hold both layouts (a log written across an upgrade from Jira 7).
    const decorated = text.includes(MARK);
    const out = requestColumns(decorated ? decoratedLines(text, scope) : text, decorated, scope);
    // Tokens never contain `HttpSession`, so the input tells whether the output holds one.
    return text.includes('HttpSession') ? httpSessions(out, scope) : out;
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
    if (count > 0) {
      const user = field(text, 0);
      const token = userToken(user, scope);
      if (token !== user) splicer.replace(startOf(0), endOf(0), token);
      // With a level the columns shift by one: `user LEVEL user reqid session ips`.
      const shift = count > 1 && isLevel(text, 1) ? 1 : 0;
      if (count >= 4 + shift && isRequestId(text, 2 + shift)) {
        secondUser(text, splicer, 1 + shift, user, token, scope);
        session(text, splicer, 3 + shift, scope);
        if (count >= 5 + shift) addresses(text, splicer, 4 + shift, scope);
      }
    }
    at = text.indexOf(MARK, p);
  }
  return splicer.finish();
}

function startOf(i: number): number {
  return bounds[2 * i] ?? 0;
}

function endOf(i: number): number {
  return bounds[2 * i + 1] ?? 0;
}

function field(text: string, i: number): string {
  return text.slice(startOf(i), endOf(i));
}

/** The user column again; almost always the same name as the first, whose token it reuses. */
function secondUser(
  text: string,
  splicer: Splicer,
  i: number,
  first: string,
  firstToken: string,
  scope: Scope,
): void {
  if (endOf(i) - startOf(i) === first.length && text.startsWith(first, startOf(i))) {
    // The scope gives one value one token, so asking again would return `firstToken`.
    if (firstToken === first) return;
    scope.hit('log-user');
    splicer.replace(startOf(i), endOf(i), firstToken);
    return;
  }
  const user = field(text, i);
  const token = userToken(user, scope);
  if (token !== user) splicer.replace(startOf(i), endOf(i), token);
}

/** A log level (TRACE, DEBUG, INFO, WARN, WARNING, ERROR, FATAL, SEVERE, NOTICE). */
function isLevel(text: string, i: number): boolean {
  const at = startOf(i);
  switch (endOf(i) - at) {
    case 4:
      return text.startsWith('INFO', at) || text.startsWith('WARN', at);
    case 5:
      return (
        text.startsWith('ERROR', at) ||
        text.startsWith('DEBUG', at) ||
        text.startsWith('TRACE', at) ||
        text.startsWith('FATAL', at)
      );
    case 6:
      return text.startsWith('SEVERE', at) || text.startsWith('NOTICE', at);
    case 7:
      return text.startsWith('WARNING', at);
    default:
      return false;
  }
}

/** `623x1234x1`: digits, `x`, digits, `x`, digits. */
function isRequestId(text: string, i: number): boolean {
  let xs = 0;
  let digits = 0;
  for (let p = startOf(i); p < endOf(i); p++) {
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

function session(text: string, splicer: Splicer, i: number, scope: Scope): void {
  if (!isSessionId(text, startOf(i), endOf(i))) return;
  const id = field(text, i);
  const token = sessionToken(id, scope);
  if (token !== id) splicer.replace(startOf(i), endOf(i), token);
}

/** 4 to 40 ASCII letters and digits (a char-code loop: this runs on every request line). */
function isSessionId(text: string, start: number, end: number): boolean {
  if (end - start < 4 || end - start > 40) return false;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/** The token of an id already known to be 4 to 40 letters and digits. */
function sessionToken(id: string, scope: Scope): string {
  if (scope.isToken(id)) return id;
  const token = scope.token('session', id);
  if (token !== id) scope.hit('log-session');
  return token;
}

/** A comma-separated list of client addresses; each IPv4 address is replaced on its own. */
function addresses(text: string, splicer: Splicer, i: number, scope: Scope): void {
  const last = endOf(i);
  for (let from = startOf(i); from <= last;) {
    let stop = from;
    while (stop < last && text.charCodeAt(stop) !== 44) stop++;
    // At least 7 characters (`1.2.3.4`) before a string is made.
    if (stop - from >= 7) {
      const ip = text.slice(from, stop);
      if (isIpv4(ip) && !isKeptIpv4(ip)) {
        const token = scope.token('ip', ip);
        if (token !== ip) {
          scope.hit('log-address');
          splicer.replace(from, stop, token);
        }
      }
    }
    from = stop + 1;
  }
}

/** Around a request id when no thread decoration names the user: `user reqid session`. */
function requestColumns(text: string, decorated: boolean, scope: Scope): string {
  const splicer = new Splicer(text);
  REQUEST_ID.lastIndex = 0;
  // The current line and the next `; user: `, moved forward only (linear in the block).
  let lineStart = 0;
  let lineEnd = -1;
  let nextMark = decorated ? text.indexOf(MARK) : -1;
  let m: RegExpExecArray | null;
  while ((m = REQUEST_ID.exec(text)) !== null) {
    const idEnd = m.index + m[0].length;
    if (m.index > lineEnd) {
      lineStart = text.lastIndexOf('\n', m.index) + 1;
      lineEnd = text.indexOf('\n', m.index);
      if (lineEnd < 0) lineEnd = text.length;
      if (nextMark >= 0 && nextMark < lineStart) nextMark = text.indexOf(MARK, lineStart);
    }
    // A decorated line's columns are `decoratedLines`' (done already).
    if (nextMark >= lineStart && nextMark < m.index) {
      REQUEST_ID.lastIndex = lineEnd;
      continue;
    }
    const afterEnd = fieldEnd(text, idEnd);
    // `ip reqid user [date]` is an access log: that rule owns it.
    if (text.charAt(afterEnd + 1) === '[') continue;
    let beforeStart = m.index;
    while (beforeStart > 0 && !isSpaceCode(text.charCodeAt(beforeStart - 1))) beforeStart--;
    if (beforeStart < splicer.position) continue;
    splicer.replace(beforeStart, m.index, userToken(text.slice(beforeStart, m.index), scope));
    const id = text.slice(idEnd, afterEnd);
    splicer.replace(
      idEnd,
      afterEnd,
      isSessionId(text, idEnd, afterEnd) ? sessionToken(id, scope) : id,
    );
    REQUEST_ID.lastIndex = Math.max(REQUEST_ID.lastIndex, afterEnd);
  }
  return splicer.finish();
}

/** `HttpSession created [id]`: the id in brackets. */
function httpSessions(text: string, scope: Scope): string {
  const splicer = new Splicer(text);
  SESSION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SESSION.exec(text)) !== null) {
    const id = m[1] ?? '';
    const token = sessionToken(id, scope);
    const idEnd = m.index + m[0].indexOf(']', 12);
    if (token !== id) splicer.replace(idEnd - id.length, idEnd, token);
    const user = m[2];
    if (user !== undefined) {
      const userEnd = m.index + m[0].length - 1;
      const named = userToken(user, scope);
      if (named !== user) splicer.replace(userEnd - user.length, userEnd, named);
    }
  }
  return splicer.finish();
}
