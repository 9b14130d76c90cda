/** The user folder in home paths: `/home/jsmith`, `/Users/jsmith`, `C:\Users\jsmith` (also JSON-escaped). */
import type { Rule, Scope } from '../types.ts';
import { isGenericAccount } from './helpers/accounts.ts';
import { Splicer } from './helpers/replace.ts';

const HOME =
  /((?:\/(?:home|Users|export\/home)\/)|(?:\b[A-Za-z]\\?:(?:\\{1,2}|\/)(?:Users|Documents and Settings)(?:\\{1,2}|\/)))([^/\\\s"'<>:;,|*?`]+)/y;
/**
 * HOME starts with a letter class, so run globally it would be tried at every letter. Every
 * match holds one of these words, 1, 3, 4, 5 or 8 characters after its start (`/home/`,
 * `C:\Users`, `C:\\Users`, .properties' `C\:\\Users`, `/export/home/`): this literal-led
 * scan finds them, and HOME is tried (sticky) at those few places only.
 */
const WORD = /home\/|Users|Documents and Settings/g;
const WORD_OFFSETS = [8, 5, 4, 3, 1];
const KEPT = new Set(['public', 'default', 'default user', 'all users', 'shared', 'guest']);

export const homePath: Rule = {
  id: 'home-path',
  ruleClass: 'identity',
  method: 'pseudonymise',
  description: 'The user name in home-directory paths.',
  hints: ['/home/', 'Users'],
  since: '2026.11.1',
  changed: '2026.11.3',
  apply(text, scope) {
    const splicer = new Splicer(text);
    // Where the last match ended: as a global regex does, the next one starts at or after it.
    let lastEnd = 0;
    WORD.lastIndex = 0;
    let word: RegExpExecArray | null;
    while ((word = WORD.exec(text)) !== null) {
      for (const offset of WORD_OFFSETS) {
        const start = word.index - offset;
        if (start < lastEnd || start < 0) continue;
        HOME.lastIndex = start;
        const m = HOME.exec(text);
        if (m === null) continue;
        lastEnd = HOME.lastIndex;
        replaceName(splicer, lastEnd, m[2] ?? '', scope);
      }
    }
    return splicer.finish();
  },
};

function replaceName(splicer: Splicer, end: number, name: string, scope: Scope): void {
  if (KEPT.has(name.toLowerCase()) || isGenericAccount(name) || name.startsWith('$')) return;
  const token = scope.token('user', name);
  if (token === name) return;
  scope.hit('home-path');
  splicer.replace(end - name.length, end, token);
}
