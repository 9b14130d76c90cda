/**
 * The request columns of Jira's own logs (atlassian-jira.log, -security.log):
 * `… url: /x; user: jsmith INFO jsmith 623x1234x1 1abc2de 10.0.0.5,127.0.0.1 /x [logger] …`
 * The user (twice), the session id and the client addresses are replaced in one pass per line.
 */
import type { Rule, Scope } from '../types.ts';
import { isKeptIpv4 } from '../pseudonym/ipv4.ts';
import { isIpv4 } from './helpers/hosts.ts';
import { Splicer } from './helpers/replace.ts';

const REQUEST =
  /(; user: )([^\s;,[\]]+)(?:( (?:[A-Z]{4,5} +)?)(\S+)( \d+x\d+x\d+ )(\S+)( )([0-9A-Fa-f.:,]+)(?= ))?/g;
/** Layouts without the thread decoration: `user reqid session`. */
const REQUEST_ID = / \d+x\d+x\d+ /g;
const SESSION = /(HttpSession(?: created| destroyed)? \[)([A-Za-z0-9]{4,40})(\])/g;
const NOT_A_USER = new Set(['-', 'anonymous', 'null', '']);

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
    let out = text.includes('; user: ')
      ? text.replace(REQUEST, (all, lead: string, user: string, level?: string, user2?: string, id?: string, session?: string, gap?: string, ips?: string) => {
          const head = lead + userToken(user, scope);
          if (level === undefined || user2 === undefined) return head;
          return head + level + userToken(user2, scope) + id + sessionToken(session ?? '', scope) + gap + addresses(ips ?? '', scope);
        })
      : requestColumns(text, scope);
    if (out.includes('HttpSession')) {
      out = out.replace(SESSION, (_all, lead: string, id: string, tail: string) => lead + sessionToken(id, scope) + tail);
    }
    return out;
  },
};

function userToken(user: string, scope: Scope): string {
  if (NOT_A_USER.has(user) || user === 'Anonymous') return user;
  const token = scope.token('user', user);
  if (token !== user) scope.hit('log-user');
  return token;
}

function sessionToken(session: string, scope: Scope): string {
  if (!/^[A-Za-z0-9]{4,40}$/.test(session)) return session;
  const token = scope.token('session', session);
  if (token !== session) scope.hit('log-session');
  return token;
}

function addresses(list: string, scope: Scope): string {
  if (!list.includes(',')) return address(list, scope);
  return list.split(',').map((ip) => address(ip, scope)).join(',');
}

function address(ip: string, scope: Scope): string {
  if (scope.isToken(ip) || !isIpv4(ip) || isKeptIpv4(ip)) return ip;
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
    let afterEnd = idEnd;
    while (afterEnd < text.length && !/\s/.test(text.charAt(afterEnd))) afterEnd++;
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
