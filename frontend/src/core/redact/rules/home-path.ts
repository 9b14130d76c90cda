/** The user folder in home paths: `/home/jsmith`, `/Users/jsmith`, `C:\Users\jsmith` (also JSON-escaped). */
import type { Rule } from '../types.ts';
import { isGenericAccount } from './helpers/accounts.ts';

const HOME =
  /((?:\/(?:home|Users|export\/home)\/)|(?:\b[A-Za-z]:(?:\\{1,2}|\/)(?:Users|Documents and Settings)(?:\\{1,2}|\/)))([^/\\\s"'<>:;,|*?`]+)/g;
const KEPT = new Set(['public', 'default', 'default user', 'all users', 'shared', 'guest']);

export const homePath: Rule = {
  id: 'home-path',
  ruleClass: 'identity',
  method: 'pseudonymise',
  description: 'The user name in home-directory paths.',
  hints: ['/home/', 'Users'],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    return text.replace(HOME, (all, lead: string, name: string) => {
      if (KEPT.has(name.toLowerCase()) || isGenericAccount(name) || name.startsWith('$'))
        return all;
      const token = scope.token('user', name);
      if (token === name) return all;
      scope.hit('home-path');
      return lead + token;
    });
  },
};
