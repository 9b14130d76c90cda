/**
 * The ways a real Jira lets a source down, each paired with the source it hits in the
 * sandbox and what the admin must be told. Sources with one endpoint are chosen so that a
 * retry calls exactly one path.
 */
import type { Fault, SimpleFaultKind } from '../sandbox/faults.ts';
import type { FailureKind } from '../../frontend/src/core/model.ts';

export interface FaultCase {
  /** What the admin meets, for the test title. */
  name: string;
  fault: Fault | SimpleFaultKind;
  /** The one endpoint the source calls (relative to the context path). */
  endpoint: string;
  sourceId: string;
  /** The file the source adds to the bundle when it works. */
  file: string;
  kind: FailureKind;
  /** What happened, as the row and the log say it. */
  says: RegExp;
  /** What to do about it. */
  advises: RegExp;
}

export const FAULT_CASES: readonly FaultCase[] = [
  {
    name: 'Jira asks for the secure administrator session again (401 websudo)',
    fault: 'websudo',
    endpoint: '/rest/plugins/applications/1.0/installed/jira-software/license',
    sourceId: 'licence',
    file: 'jira/licence.json',
    kind: 'websudo-required',
    says: /secure administrator session/i,
    advises: /confirm your administrator password/i,
  },
  {
    name: 'Jira refuses access (403)',
    fault: 'forbidden',
    endpoint: '/rest/api/2/applicationrole',
    sourceId: 'application-roles',
    file: 'jira/application-roles.json',
    kind: 'forbidden',
    says: /403/,
    advises: /system administrator|leave this source out/i,
  },
  {
    name: 'Jira does not offer the endpoint (404)',
    fault: 'not-found',
    endpoint: '/rest/api/2/configuration',
    sourceId: 'configuration',
    file: 'jira/configuration.json',
    kind: 'not-found',
    says: /404/,
    advises: /leave this source out|not installed/i,
  },
  {
    name: 'Jira fails with a server error (500)',
    fault: 'server-error',
    endpoint: '/rest/api/2/index/summary',
    sourceId: 'index-summary',
    file: 'jira/index-summary.json',
    kind: 'server-error',
    says: /server error/i,
    advises: /atlassian-jira\.log/,
  },
  {
    name: 'Jira answers with its HTML login page and status 200',
    fault: 'login-page',
    endpoint: '/rest/api/2/myself',
    sourceId: 'current-user',
    file: 'jira/current-user.json',
    kind: 'login-page',
    says: /login page/i,
    advises: /log in again/i,
  },
  {
    name: 'Jira answers with malformed JSON',
    fault: 'malformed-json',
    endpoint: '/rest/api/2/serverInfo',
    sourceId: 'server-info',
    file: 'jira/server-info.json',
    kind: 'malformed-json',
    says: /could not be read/i,
    advises: /retry/i,
  },
  {
    name: 'Jira answers with 50 MiB',
    fault: 'huge',
    endpoint: '/rest/troubleshooting/1.0/check/',
    sourceId: 'health-checks',
    file: 'jira/health-checks.json',
    kind: 'too-large',
    says: /larger than the size limit/i,
    advises: /size limit|leave this source out/i,
  },
  {
    name: 'Jira never answers (a hang past the request timeout)',
    fault: 'hang',
    endpoint: '/rest/api/2/cluster/nodes',
    sourceId: 'cluster-nodes',
    file: 'jira/cluster-nodes.json',
    kind: 'timeout',
    says: /did not answer in time/i,
    advises: /retry/i,
  },
];

/**
 * The files the default sources put in a bundle against the sandbox, by source. A fault
 * in one source must leave every other source's files in place.
 */
export const DEFAULT_FILES: Readonly<Record<string, readonly string[]>> = {
  'server-info': ['jira/server-info.json'],
  'cluster-nodes': ['jira/cluster-nodes.json'],
  'installed-apps': ['apps/installed-apps.json'],
  'health-checks': ['jira/health-checks.json'],
  'index-summary': ['jira/index-summary.json'],
  licence: ['jira/licence.json'],
  'application-roles': ['jira/application-roles.json'],
  monitoring: ['jira/monitoring.json'],
  configuration: ['jira/configuration.json'],
  'current-user': ['jira/current-user.json'],
  browser: ['browser/browser.json'],
};

/** Every default file except those of `sourceId`. */
export function filesOfOtherSources(sourceId: string): string[] {
  return Object.entries(DEFAULT_FILES)
    .filter(([id]) => id !== sourceId)
    .flatMap(([, files]) => files);
}
