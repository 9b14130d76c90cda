/**
 * User names a message names as such: `user 'admin'`, `username="jsmith"`, `os_username=x`,
 * `X-AUSERNAME: jsmith`, `<meta name="ajs-remote-user" content="jsmith">`.
 */
import type { Rule, Scope } from '../types.ts';

const KEY =
  '(?:(?:os_|j_)?user(?:_?name)?|user\\.name|login|x-ausername|remote-?user|assignee|reporter|author|creator|principal)';
/** A word boundary, or the `-D` of a JVM system property (`-Duser.name=jsmith`). */
const START = '(?:\\b|(?<=-D))';
const QUOTED = new RegExp(`${START}(${KEY}["']?\\s*[:=]?\\s*)(['"])([^'"\\s]{1,100})\\2`, 'gi');
const BARE = new RegExp(`${START}(${KEY}\\s*[:=]\\s*)([^\\s&;,"'<>)\\]}]{1,100})`, 'gi');
const META = /(name="ajs-remote-user"\s+content=")([^"]+)/g;
const NOT_A_USER = new Set(['-', 'anonymous', 'null', 'none', 'unknown', 'true', 'false', '?']);

export const quotedUser: Rule = {
  id: 'named-user',
  ruleClass: 'identity',
  method: 'pseudonymise',
  description: 'User names written after a user, login or author label.',
  // A quote or `=` must follow the label; plain `user: x` is the log-user rule's.
  hints: ["'", '"', '=', 'AUSERNAME', 'ausername'],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    const swap = (all: string, lead: string, user: string, tail = ''): string => {
      const token = userToken(user, scope);
      return token === user ? all : lead + token + tail;
    };
    let out = text.replace(QUOTED, (all, lead: string, q: string, user: string) =>
      swap(all, lead + q, user, q),
    );
    out = out.replace(BARE, (all, lead: string, user: string) => swap(all, lead, user));
    return out.includes('ajs-remote-user')
      ? out.replace(META, (all, lead: string, user: string) => swap(all, lead, user))
      : out;
  },
};

function userToken(user: string, scope: Scope): string {
  if (NOT_A_USER.has(user.toLowerCase()) || !/\w/.test(user) || /^[[$%{<]/.test(user)) return user;
  const token = scope.token('user', user);
  if (token !== user) scope.hit('named-user');
  return token;
}
