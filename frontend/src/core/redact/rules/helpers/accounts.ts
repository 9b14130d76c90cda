/**
 * Generic account names (service accounts, placeholders): they identify nobody, and
 * pseudonymising them everywhere would also rewrite paths such as `/secure/admin/`.
 * Where a rule sees one in a user column it still pseudonymises it; only the bundle-wide
 * sweep and home paths leave them.
 */
const GENERIC = new Set([
  'admin',
  'administrator',
  'root',
  'jira',
  'system',
  'sysadmin',
  'anonymous',
  'guest',
  'user',
  'users',
  'test',
  'service',
  'support',
  'nobody',
  'daemon',
  'tomcat',
  'atlassian',
  'confluence',
  'bitbucket',
  'postgres',
  'mysql',
  'oracle',
  'sa',
  'null',
  'none',
  'unknown',
  'automation',
  'bot',
  'jenkins',
  'ubuntu',
  'ec2-user',
  'centos',
  'www-data',
  'git',
]);

export function isGenericAccount(name: string): boolean {
  return GENERIC.has(name.trim().toLowerCase());
}
