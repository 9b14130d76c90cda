/**
 * Every check: a fact set that triggers it, one that passes, and one without its facts
 * (no finding, no crash).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Facts, Severity } from '../../model.ts';
import type { DiagnosisFacts } from '../check.ts';
import { CHECKS } from './index.ts';

const NOW = Date.parse('2026-11-20T09:00:00Z');
const jira = (version: string): Facts['serverInfo'] => ({
  version,
  versionNumbers: version.split('.').map(Number),
});
const node = (nodeId: string, build: number, alive = true, state = 'ACTIVE') => ({
  nodeId,
  state,
  alive,
  nodeBuildNumber: build,
  nodeVersion: '10.3.4',
});
const vilisoftPlugin = (extra: object) => ({
  key: 'com.vilisoft.jira.time-in-status',
  name: 'Time in Status for Jira',
  version: '4.7.2',
  enabled: true,
  userInstalled: true,
  vendor: 'Vilisoft',
  ...extra,
});
const app = (min: string, max: string, errors = 0) => ({
  appKey: 'com.vilisoft.jira.sla-timer',
  appVersion: '2.3.0',
  compatibleJira: { min, max },
  recentErrors: Array.from({ length: errors }, (_, i) => ({
    time: `2026-11-20T0${i}:00:00Z`,
    message: `error ${i}`,
  })),
});
const days = (n: number) => new Date(NOW + n * 86_400_000).toISOString();
const role = (userCount: number, numberOfSeats: number) => [
  { key: 'jira-software', name: 'Jira Software', userCount, numberOfSeats },
];

interface Case {
  trigger: DiagnosisFacts;
  severity: Severity;
  pass: DiagnosisFacts;
  /** Facts without what the check needs (other facts present). */
  missing?: DiagnosisFacts;
}

const CASES: Record<string, Case> = {
  'vilisoft-app-compatibility': {
    trigger: { serverInfo: jira('11.3.0'), vilisoftApps: [app('9.4.0', '10.3.99')] },
    severity: 'problem',
    pass: { serverInfo: jira('10.3.99'), vilisoftApps: [app('9.4.0', '10.3.99')] },
    missing: { serverInfo: jira('10.3.0') },
  },
  'vilisoft-app-state': {
    trigger: {
      plugins: [vilisoftPlugin({ modules: [{ key: 'sync', enabled: true, broken: true }] })],
    },
    severity: 'problem',
    pass: { plugins: [vilisoftPlugin({ modules: [{ key: 'sync', enabled: true }] })] },
  },
  'vilisoft-recent-errors': {
    trigger: { vilisoftApps: [app('9.4.0', '10.3.99', 2)] },
    severity: 'warning',
    pass: { vilisoftApps: [app('9.4.0', '10.3.99', 0)] },
  },
  'cluster-builds': {
    trigger: { clusterNodes: [node('n1', 10030004), node('n2', 10030001)] },
    severity: 'problem',
    pass: { clusterNodes: [node('n1', 10030004), node('n2', 10030004)] },
  },
  'cluster-nodes-alive': {
    trigger: { clusterNodes: [node('n1', 1), node('n2', 1, false, 'ACTIVE')] },
    severity: 'problem',
    pass: { clusterNodes: [node('n1', 1), node('n2', 1)] },
  },
  'answering-node': {
    trigger: { clusterNodes: [node('n1', 1)], answeringNodes: { '/rest/api/2/serverInfo': 'n9' } },
    severity: 'warning',
    pass: { clusterNodes: [node('n1', 1)], answeringNodes: { '/rest/api/2/serverInfo': 'n1' } },
    missing: { clusterNodes: [node('n1', 1)] },
  },
  'index-readable': {
    trigger: { indexSummary: { indexReadable: false } },
    severity: 'problem',
    pass: { indexSummary: { indexReadable: true } },
  },
  'index-counts': {
    trigger: { indexSummary: { countInDatabase: 1000, countInIndex: 900 } },
    severity: 'problem',
    pass: { indexSummary: { countInDatabase: 1000, countInIndex: 1000 } },
    missing: { indexSummary: { indexReadable: true } },
  },
  'health-checks': {
    trigger: { healthChecks: [{ name: 'Base URL', isHealthy: false, severity: 'critical' }] },
    severity: 'problem',
    pass: { healthChecks: [{ name: 'Base URL', isHealthy: true, severity: 'undefined' }] },
  },
  'jira-version': {
    trigger: { serverInfo: jira('8.20.30') },
    severity: 'problem',
    pass: { serverInfo: jira('11.3.1') },
  },
  'java-version': {
    trigger: { serverInfo: jira('10.3.4'), javaVersion: '11.0.21+9' },
    severity: 'problem',
    pass: { serverInfo: jira('9.12.15'), javaVersion: '11.0.21+9' },
    missing: { serverInfo: jira('10.3.4') },
  },
  database: {
    trigger: { database: { type: 'h2' } },
    severity: 'problem',
    pass: { database: { type: 'postgres72' } },
  },
  'jvm-heap': {
    trigger: { jvmArguments: ['-Xms1g', '-Xmx1536m'] },
    severity: 'warning',
    pass: { jvmArguments: ['-Xmx1g', '-Xmx8G'] },
    missing: { jvmArguments: ['-Dfile.encoding=UTF-8'] },
  },
  'licence-expiry': {
    trigger: { licence: { valid: true, expiryDate: days(-1) } },
    severity: 'problem',
    pass: { licence: { valid: true, expiryDate: days(200), maintenanceExpired: false } },
  },
  'licence-seats': {
    trigger: { applicationRoles: role(510, 500) },
    severity: 'problem',
    pass: { applicationRoles: role(188, 500) },
    missing: {
      applicationRoles: [
        { key: 'jira-core', name: 'Jira Core', userCount: 7, hasUnlimitedSeats: true },
      ],
    },
  },
  'base-url': {
    trigger: { baseUrlMatchesBrowser: false },
    severity: 'warning',
    pass: { baseUrlMatchesBrowser: true },
  },
  websudo: {
    trigger: { websudoDisabled: true },
    severity: 'warning',
    pass: { websudoDisabled: false },
  },
  monitoring: {
    trigger: { monitoring: { app: true, ipd: false } },
    severity: 'warning',
    pass: { monitoring: { app: true, ipd: true } },
    missing: { monitoring: {} },
  },
};

test('there are at least 15 checks, each with an id of its own and a doc link', () => {
  assert.ok(CHECKS.length >= 15);
  assert.equal(new Set(CHECKS.map((c) => c.id)).size, CHECKS.length);
  for (const check of CHECKS) assert.match(check.docUrl, /^https:\/\/[a-z.]+\.(com|net)\//);
});

for (const check of CHECKS) {
  const cases = CASES[check.id];
  test(`${check.id}: triggers, passes, and copes with missing facts`, () => {
    assert.ok(cases, `no test case for ${check.id}`);
    const ctx = { now: NOW };
    const triggered = check.run(cases.trigger, ctx);
    assert.equal(triggered[0]?.severity, cases.severity);
    for (const f of triggered) {
      assert.equal(f.checkId, check.id);
      assert.ok(f.title && f.why && f.action, 'a triggered finding says why and what to do');
      assert.match(f.docUrl, /^https:\/\//);
    }
    assert.deepEqual(
      check.run(cases.pass, ctx).map((f) => f.severity),
      ['ok'],
    );
    assert.deepEqual(check.run({}, ctx), []);
    if (cases.missing) assert.deepEqual(check.run(cases.missing, ctx), []);
  });
}
