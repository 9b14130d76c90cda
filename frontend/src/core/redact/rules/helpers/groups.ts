/**
 * Group names: a customer's own groups say how the organisation is built (`hr-confidential`,
 * `Payroll Admins`) and are pseudonymised; the groups Jira and its sibling products create
 * are the same everywhere, and support reads permission problems through them.
 */
const BUILT_IN = new Set([
  'jira-administrators',
  'jira-system-administrators',
  'jira-users',
  'jira-developers',
  'jira-software-users',
  'jira-core-users',
  'jira-servicedesk-users',
  'jira-servicemanagement-users',
  'jira-service-management-users',
  'jira-servicedesk-agents',
  'site-admins',
  'administrators',
  'users',
  'developers',
  'confluence-users',
  'confluence-administrators',
  'bitbucket-users',
  'bitbucket-administrators',
  'stash-users',
  'crowd-administrators',
  'bamboo-admin',
]);

export function isBuiltInGroup(name: string): boolean {
  return BUILT_IN.has(name.trim().toLowerCase());
}
