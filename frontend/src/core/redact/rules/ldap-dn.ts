/**
 * LDAP distinguished names and filters: person and organisation values pseudonymised, the
 * shape (`ou=users`, attribute names, well-known containers) kept for support.
 */
import type { Rule, Scope } from '../types.ts';

/** Names may hold spaces (`cn=John Smith`); domain components, uids and countries never do. */
const RDN_SOURCE =
  '(?:(?:cn|ou|o|l|st)\\s*=\\s*(?:\\\\.|[^,=+"\\\\\\n\\r<>;()*])+|(?:dc|uid|c)\\s*=\\s*(?:\\\\.|[^\\s,=+"\\\\<>;()*])+)';
const DN = new RegExp(`\\b${RDN_SOURCE}(?:\\s*[,+]\\s*${RDN_SOURCE})+`, 'gi');
const RDN = /\b(cn|uid|ou|o|dc|l|st|c)(\s*=\s*)((?:\\.|[^,=+"\\\n\r<>;()*])+)/gi;
const FILTER =
  /\((uid|cn|samaccountname|userprincipalname|displayname|givenname|sn)(=)([^()*]+)\)/gi;

/** Anchored on `=` (a literal the engine can skip to), the attribute name checked behind it. */
const LDAP_ATTRIBUTE = /=(?<=(?:cn|ou|dc|uid|accountname|principalname)\s*=)/i;
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
  changed: '2026.11.1',
  apply(text, scope) {
    if (!LDAP_ATTRIBUTE.test(text)) return text;
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

function part(attr: string, raw: string, scope: Scope): string {
  const value = raw.trim();
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
