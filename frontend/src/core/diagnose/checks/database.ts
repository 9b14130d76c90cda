/** A database Jira does not support in production. */
import { DOCS, finding, type Check } from '../check.ts';
import { jiraVersion } from '../versions.ts';

const SUPPORTED =
  /^(postgres(72)?|postgresql|mssql|sqlserver|oracle(10g)?|mysql8|mysql57|aurora(postgres)?)$/i;
const EVALUATION_ONLY = /^(h2|hsql)$/i;

export const databaseCheck: Check = {
  id: 'database',
  title: 'The database is supported',
  docUrl: DOCS.supportedPlatforms,
  run(facts) {
    const type = facts.database?.type?.trim();
    if (!type) return [];
    const details = [
      `database type: ${type}${facts.database?.version ? ` ${facts.database.version}` : ''}`,
    ];
    const major = jiraVersion(facts.serverInfo)?.[0] ?? 0;
    if (EVALUATION_ONLY.test(type)) {
      return [
        finding(this, 'problem', {
          title: `${type.toUpperCase()} is for evaluation only`,
          why: 'The built-in database loses data under load and is not supported in production.',
          action: 'Migrate to a supported database (PostgreSQL, MySQL 8, SQL Server, Oracle).',
          details,
        }),
      ];
    }
    if (/^mysql57$/i.test(type) && major >= 10) {
      return [
        finding(this, 'problem', {
          title: 'MySQL 5.7 is not supported by Jira 10',
          why: 'Jira 10 dropped MySQL 5.7; upgrades and some queries fail on it.',
          action: 'Upgrade the database to MySQL 8 (and set database-type mysql8 in dbconfig.xml).',
          details,
        }),
      ];
    }
    if (!SUPPORTED.test(type)) {
      return [
        finding(this, 'warning', {
          title: 'The database type is not recognised',
          why: 'Jira supports only a few databases; others are untested.',
          action: 'Check dbconfig.xml against the supported platforms page.',
          details,
        }),
      ];
    }
    return [
      finding(this, 'ok', {
        title: 'The database type is supported',
        why: 'Jira supports this database.',
        action: '',
        details,
      }),
    ];
  },
};
