/**
 * User names a message labels as such: `user 'admin'`, `username="jsmith"`, `os_username=x`,
 * `-Duser.name=jsmith`, `-Dhttp.proxyUser=svc`, `X-AUSERNAME: jsmith`, `login=jdoe`,
 * `<meta name="ajs-remote-user" content="jsmith">`. The regexes start with the literal `user`
 * so the engine can skip through the text; what may come before it is checked by hand.
 */
import type { Rule, Scope } from '../types.ts';

const NAME = '(?:_?name|\\.name)?';
const QUOTED_USER = new RegExp(`user${NAME}["']?\\s*[:=]?\\s*(['"])([^'"\\s]{1,100})\\1`, 'gi');
// Not `; user: x` (the thread-name column, every request line has one; the log-user rule's).
const BARE_USER = new RegExp(`user(?<!; user)${NAME}\\s*[:=]\\s*([^\\s&;,"'<>)\\]}]{1,100})`, 'gi');
/**
 * `login=jdoe`, `assignee: "jdoe"`, or a quoted name after a space (`login 'jdoe'`); one
 * literal-first regex per label, run only when the label occurs.
 */
const OTHER = ['login', 'assignee', 'reporter', 'principal'].map((label): [RegExp, RegExp] => [
  new RegExp(label, 'i'),
  new RegExp(
    `${label}(?<=(?:^|[^\\w])${label})(?:["']?\\s*[:=]\\s*(['"]?)|\\s+(['"]))([^'"\\s&;,<>)\\]}]{1,100})(?:\\1|\\2)`,
    'gi',
  ),
]);
const META = /(name="ajs-remote-user"\s+content=")([^"]+)/g;
const NOT_A_USER = new Set(['-', 'anonymous', 'null', 'none', 'unknown', 'true', 'false', '?']);
const PREFIXES = ['os_', 'j_', 'x-a', 'X-A', 'remote-', 'remote', 'Remote', '-D', '.', '_', '-'];

export const quotedUser: Rule = {
  id: 'named-user',
  ruleClass: 'identity',
  method: 'pseudonymise',
  description: 'User names written after a user, login or author label.',
  // A quote or `=` must follow the label; plain `user: x` is the log-user rule's.
  hints: ["'", '"', '=', 'AUSER'],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    // Only the value (the last occurrence of the captured name in the match) is replaced.
    const swap = (all: string, user: string): string => {
      const token = userToken(user, scope);
      const at = all.lastIndexOf(user);
      return token === user ? all : all.slice(0, at) + token + all.slice(at + user.length);
    };
    let out = text.replace(
      QUOTED_USER,
      (all: string, _q: string, user: string, at: number, whole: string) =>
        isLabel(whole, at) ? swap(all, user) : all,
    );
    out = out.replace(BARE_USER, (all: string, user: string, at: number, whole: string) =>
      isLabel(whole, at) ? swap(all, user) : all,
    );
    for (const [label, re] of OTHER) {
      if (!label.test(out)) continue;
      out = out.replace(re, (all: string, _q1?: string, _q2?: string, user = '') =>
        swap(all, user),
      );
    }
    if (out.includes('ajs-remote-user')) {
      out = out.replace(META, (all: string, _lead: string, user: string) => swap(all, user));
    }
    return out;
  },
};

/**
 * `user` starts a label when it starts a word, follows a known prefix (`os_user`, `-Duser`,
 * `db.user`), or is the camel-case end of a name (`proxyUser`, `dbUserName`).
 */
function isLabel(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (Number.isNaN(before) || !/\w/.test(text.charAt(at - 1))) return true;
  if (text.charCodeAt(at) === 85 && before >= 97 && before <= 122) return true; // camelCase `…User`
  for (const p of PREFIXES) if (text.startsWith(p, at - p.length)) return true;
  return false;
}

function userToken(user: string, scope: Scope): string {
  if (NOT_A_USER.has(user.toLowerCase()) || !/\w/.test(user) || /^(?:[[$%{<]|\d+$)/.test(user))
    return user;
  const token = scope.token('user', user);
  if (token !== user) scope.hit('named-user');
  return token;
}
