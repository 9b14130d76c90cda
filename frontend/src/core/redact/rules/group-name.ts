/**
 * Group names a message labels as such: `to group 'jira-fake-hr'`, `removed from group "X"`,
 * `groupname=Payroll+Admins` (REST paths in access logs and HARs), `group: 'x'`. Jira's own
 * groups stay (support reads permissions through them); DNs are the ldap-dn rule's.
 */
import type { Rule, Scope } from '../types.ts';
import { isWordCode } from './helpers/chars.ts';
import { isBuiltInGroup } from './helpers/groups.ts';
import { decodeFormValue } from './helpers/query.ts';
import { Splicer } from './helpers/replace.ts';

/** Starts with the literal `roup` (the `G`/`g` and what comes before are checked by hand). */
const GROUP =
  /roup(?:_?[Nn]ame)?(?:(\s*[:=]\s*)|\s+)(?:'([^'\r\n]{1,255})'|"([^"\r\n]{1,255})"|([^\s'"&;,<>()[\]{}]{1,255}))/g;
/** An unquoted name after `to group ` / `from group `: a name, not a word of the sentence. */
const NAME_LIKE = /[-_\d]/;
const NOT_A_GROUP = new Set(['null', 'none', 'unknown', '-', '*', 'true', 'false']);

export const groupName: Rule = {
  id: 'group-name',
  ruleClass: 'content',
  method: 'pseudonymise',
  description: 'Group names after a group label (Jira built-in groups kept).',
  hints: ['roup'],
  since: '2026.11.3',
  changed: '2026.11.3',
  apply(text, scope) {
    const splicer = new Splicer(text);
    GROUP.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = GROUP.exec(text)) !== null) {
      const g = m.index - 1;
      const first = text.charCodeAt(g);
      if ((first !== 71 && first !== 103) || isWordCode(text.charCodeAt(g - 1))) continue;
      const assigned = m[1]?.includes('=') === true;
      const quoted = m[2] ?? m[3];
      const matchEnd = m.index + m[0].length;
      let start: number;
      let value: string;
      if (quoted !== undefined) {
        start = matchEnd - 1 - quoted.length;
        value = quoted;
      } else {
        const bare = m[4] ?? '';
        start = matchEnd - bare.length;
        value = bare.replace(/[.:]+$/, '');
        if (!assigned && !(afterToOrFrom(text, g) && NAME_LIKE.test(value))) continue;
      }
      if (start < splicer.position) continue;
      const token = groupToken(value, assigned && quoted === undefined, scope);
      if (token !== value && splicer.replace(start, start + value.length, token))
        scope.hit('group-name');
    }
    return splicer.finish();
  },
};

function groupToken(written: string, urlEncoded: boolean, scope: Scope): string {
  const name = urlEncoded ? decodeFormValue(written) : written;
  if (
    name.trim() === '' ||
    name.includes('=') ||
    name.startsWith('[REDACTED') ||
    scope.isToken(name) ||
    NOT_A_GROUP.has(name.toLowerCase()) ||
    isBuiltInGroup(name)
  )
    return written;
  return scope.token('group', name);
}

/** `… to group ` or `… from group ` before the label at `g`. */
function afterToOrFrom(text: string, g: number): boolean {
  return text.startsWith('to ', g - 3) || text.startsWith('from ', g - 5);
}
