/** The finer grades of the checks: near versus over, warning versus problem. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DiagnosisFacts } from '../check.ts';
import { CHECKS } from './index.ts';

const NOW = Date.parse('2026-11-20T09:00:00Z');
const run = (id: string, facts: DiagnosisFacts) =>
  CHECKS.find((c) => c.id === id)!.run(facts, { now: NOW });
const severities = (id: string, facts: DiagnosisFacts) => run(id, facts).map((f) => f.severity);
const inDays = (n: number) => new Date(NOW + n * 86_400_000).toISOString();

test('licence: near expiry warns with the days left; maintenance expired warns', () => {
  const near = run('licence-expiry', { licence: { valid: true, expiryDate: inDays(10.5) } });
  assert.equal(near[0]?.severity, 'warning');
  assert.match(near[0]?.title ?? '', /expires in 10 day/);
  const maintenance = {
    licence: { valid: true, expiryDate: inDays(300), maintenanceExpired: true },
  };
  assert.match(run('licence-expiry', maintenance)[0]?.title ?? '', /maintenance has expired/);
  assert.deepEqual(severities('licence-expiry', { licence: { valid: false } }), ['problem']);
});

test('seats: 90% used warns, over the limit is a problem', () => {
  const role = (userCount: number) => ({
    applicationRoles: [
      { key: 'jira-software', name: 'Jira Software', userCount, numberOfSeats: 100 },
    ],
  });
  assert.deepEqual(severities('licence-seats', role(90)), ['warning']);
  assert.deepEqual(severities('licence-seats', role(101)), ['problem']);
  assert.match(run('licence-seats', role(101))[0]?.details?.[0] ?? '', /101 of 100 seats/);
});

test('health checks: one finding per severity group, worst first', () => {
  const findings = run('health-checks', {
    healthChecks: [
      { name: 'Mail queue', isHealthy: false, severity: 'warning', failureReason: 'stuck' },
      { name: 'Index replication', isHealthy: false, severity: 'critical' },
      { name: 'Heap', isHealthy: false, severity: 'major' },
      { name: 'Disk', isHealthy: false, severity: 'warning' },
      { name: 'License', isHealthy: true, severity: 'undefined' },
    ],
  });
  assert.deepEqual(
    findings.map((f) => [f.severity, f.title]),
    [
      ['problem', '1 health check(s) fail (critical)'],
      ['problem', '1 health check(s) fail (major)'],
      ['warning', '2 health check(s) fail (warning)'],
    ],
  );
  assert.deepEqual(findings[2]?.details, ['Mail queue: stuck', 'Disk']);
});

test('Vilisoft app state: disabled app is a problem, a disabled module a warning', () => {
  const plugin = {
    key: 'com.vilisoft.jira.sla-timer',
    name: 'SLA Timer for Jira',
    version: '2.3.0',
    userInstalled: true,
  };
  assert.deepEqual(severities('vilisoft-app-state', { plugins: [{ ...plugin, enabled: false }] }), [
    'problem',
  ]);
  const gadget = {
    ...plugin,
    enabled: true,
    modules: [{ key: 'sla-legacy-gadget', enabled: false }],
  };
  assert.deepEqual(severities('vilisoft-app-state', { plugins: [gadget] }), ['warning']);
  const other = { ...plugin, key: 'com.fake-vendor.x', vendor: 'Fake Vendor', enabled: false };
  assert.deepEqual(severities('vilisoft-app-state', { plugins: [other] }), []);
});

test('Vilisoft compatibility: below the minimum is a problem too', () => {
  const facts = {
    serverInfo: { version: '9.2.0' },
    vilisoftApps: [{ appKey: 'com.vilisoft.jira.sla-timer', compatibleJira: { min: '9.4.0' } }],
  };
  const [finding] = run('vilisoft-app-compatibility', facts);
  assert.equal(finding?.severity, 'problem');
  assert.match(finding?.action ?? '', /Upgrade Jira/);
  assert.match(finding?.details?.[0] ?? '', /supports Jira 9\.4\.0 – any; this Jira is 9\.2\.0/);
});

test('cluster: an offline node warns; a small index gap warns', () => {
  const nodes = [
    { nodeId: 'node-1', state: 'ACTIVE', alive: true },
    { nodeId: 'node-3', state: 'OFFLINE', alive: false },
  ];
  assert.deepEqual(severities('cluster-nodes-alive', { clusterNodes: nodes }), ['warning']);
  const gap = { indexSummary: { countInDatabase: 48213, countInIndex: 48211 } };
  assert.deepEqual(severities('index-counts', gap), ['warning']);
});

test('platform: Java 8 on Jira 9, MySQL 5.7 on Jira 10, unknown database', () => {
  const jira9 = { version: '9.12.15', versionNumbers: [9, 12, 15] };
  assert.deepEqual(severities('java-version', { serverInfo: jira9, javaVersion: '1.8.0_392' }), [
    'problem',
  ]);
  const jira10 = { version: '10.3.4' };
  assert.deepEqual(severities('database', { serverInfo: jira10, database: { type: 'mysql57' } }), [
    'problem',
  ]);
  assert.deepEqual(severities('database', { database: { type: 'db2' } }), ['warning']);
});

test('Jira version: feature releases warn; an LTS line near its end warns', () => {
  assert.deepEqual(severities('jira-version', { serverInfo: { version: '10.1.2' } }), ['warning']);
  const soon = CHECKS.find((c) => c.id === 'jira-version')!.run(
    { serverInfo: { version: '10.3.4' } },
    { now: Date.parse('2026-10-01T00:00:00Z') },
  );
  assert.equal(soon[0]?.severity, 'warning');
  assert.deepEqual(severities('jira-version', { serverInfo: { version: '9.12.15' } }), ['problem']);
});
