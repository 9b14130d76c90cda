/**
 * LDAP distinguished names and filters: person and organisation values pseudonymised, the
 * shape (`ou=users`, attribute names, well-known containers) kept for support.
 */
import type { Rule, Scope } from '../types.ts';
import { isSpaceCode } from './helpers/chars.ts';

/** Names may hold spaces (`cn=John Smith`); domain components, uids and countries never do. */
const RDN_SOURCE =
  '(?:(?:cn|ou|o|l|st)\\s*=\\s*(?:\\\\.|[^,=+"\\\\\\n\\r<>;()*])+|(?:dc|uid|c)\\s*=\\s*(?:\\\\.|[^\\s,=+"\\\\<>;()*])+)';
const DN = new RegExp(`\\b${RDN_SOURCE}(?:\\s*[,+]\\s*${RDN_SOURCE})+`, 'gi');
const RDN = /\b(cn|uid|ou|o|dc|l|st|c)(\s*=\s*)((?:\\.|[^,=+"\\\n\r<>;()*])+)/gi;
const FILTER =
  /\((uid|cn|samaccountname|userprincipalname|displayname|givenname|sn)(=)([^()*]+)\)/gi;

/**
 * The rule runs only where an `=` follows one of these attribute names (any case, spaces
 * between allowed). Checked by hand at each `=` found with `indexOf`: a regex anchored on `=`
 * with a lookbehind costs several times as much on text full of `key=value` pairs.
 */
const LDAP_ATTRIBUTES = ['cn', 'ou', 'dc', 'uid', 'accountname', 'principalname'];
const KEPT_VALUES = new Set([
  'users',
  'groups',
  'people',
  'accounts',
  'staff',
  'employees',
  'service accounts',
  'serviceaccounts',
  'system',
  'builtin',
  'computers',
  'roles',
  'com',
  'net',
  'org',
  'local',
  'internal',
  'corp',
  'test',
  'example',
  'jira-users',
  'jira-administrators',
  'jira-software-users',
  'jira-servicedesk-users',
  'confluence-users',
  'administrators',
]);

export const ldapDn: Rule = {
  id: 'ldap-dn',
  ruleClass: 'identity',
  method: 'pseudonymise',
  description: 'Values in LDAP distinguished names and search filters.',
  hints: ['='],
  since: '2026.11.1',
  changed: '2026.11.3',
  apply(text, scope) {
    if (!hasLdapAttribute(text)) return text;
    const out = text.replace(DN, (dn) =>
      dn.replace(
        RDN,
        (_all, attr: string, eq: string, value: string) => attr + eq + part(attr, value, scope),
      ),
    );
    return out.replace(
      FILTER,
      (_all, attr: string, eq: string, value: string) =>
        `(${attr}${eq}${part(attr, value, scope)})`,
    );
  },
};

function hasLdapAttribute(text: string): boolean {
  for (let eq = text.indexOf('='); eq >= 0; eq = text.indexOf('=', eq + 1)) {
    let end = eq;
    while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
    for (const name of LDAP_ATTRIBUTES) if (endsWithName(text, end, name)) return true;
  }
  return false;
}

/** `name` (lower-case ASCII) ends at `end`, in any case: what `/name/i` matches. */
function endsWithName(text: string, end: number, name: string): boolean {
  const start = end - name.length;
  if (start < 0) return false;
  // From the end: most `=` follow a name that ends in another letter.
  for (let i = name.length - 1; i >= 0; i--) {
    // `| 32` lower-cases an ASCII letter (and maps no other character onto one).
    if ((text.charCodeAt(start + i) | 32) !== name.charCodeAt(i)) return false;
  }
  return true;
}

function part(attr: string, raw: string, scope: Scope): string {
  const trimmed = raw.trim();
  // A DN quoted in a message (`bind as 'CN=x,DC=net'`) ends in the closing quote, not a value's.
  const value =
    trimmed.indexOf("'") === trimmed.length - 1 ? trimmed.slice(0, -1).trimEnd() : trimmed;
  if (value === '' || KEPT_VALUES.has(value.toLowerCase())) return raw;
  const a = attr.toLowerCase();
  const kind =
    a === 'uid' || a === 'samaccountname' || a === 'userprincipalname'
      ? 'user'
      : a === 'cn' || a === 'displayname' || a === 'givenname' || a === 'sn'
        ? 'name'
        : a === 'dc'
          ? 'dc'
          : 'org';
  const token = scope.token(kind, value);
  if (token === value) return raw;
  scope.hit('ldap-dn');
  return raw.replace(value, token);
}
