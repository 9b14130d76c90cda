import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runSources } from '../collect/test-support/run.ts';
import type { Facts } from '../model.ts';
import { baseUrlMatchesBrowser, deriveFacts, diagnose } from './index.ts';

const browser = (origin: string, contextPath = '') => ({
  userAgent: 'x',
  language: 'en',
  timeZone: 'UTC',
  screen: { width: 1, height: 1, devicePixelRatio: 1 },
  origin,
  contextPath,
  scriptErrors: [],
});

test('base URL comparison: scheme, host case, default port, context path', () => {
  const facts = (baseUrl: string, origin: string, contextPath = ''): Facts => ({
    serverInfo: { baseUrl },
    browser: browser(origin, contextPath),
  });
  assert.equal(
    baseUrlMatchesBrowser(facts('https://Jira.example.test/', 'https://jira.example.test:443')),
    true,
  );
  assert.equal(
    baseUrlMatchesBrowser(facts('https://x.example.test/jira', 'https://x.example.test', '/jira')),
    true,
  );
  assert.equal(
    baseUrlMatchesBrowser(facts('http://x.example.test', 'https://x.example.test')),
    false,
  );
  assert.equal(
    baseUrlMatchesBrowser(facts('https://x.example.test', 'https://x.example.test', '/jira')),
    false,
  );
  assert.equal(
    baseUrlMatchesBrowser({ serverInfo: { baseUrl: 'not a url' }, browser: browser('https://x') }),
    undefined,
  );
  assert.equal(baseUrlMatchesBrowser({}), undefined);
});

test('deriveFacts keeps the comparison as a boolean only', () => {
  const derived = deriveFacts({
    serverInfo: { baseUrl: 'https://jira.example.test' },
    browser: browser('https://other.example.test'),
  });
  assert.equal(derived.baseUrlMatchesBrowser, false);
});

test('findings come problems first, then warnings, then passes', () => {
  const findings = diagnose({
    websudoDisabled: true,
    indexSummary: { indexReadable: false },
    monitoring: { app: true, ipd: true },
  });
  assert.deepEqual(
    findings.map((f) => f.severity),
    ['problem', 'warning', 'ok'],
  );
});

test('no facts, no findings; odd facts never throw', () => {
  assert.deepEqual(diagnose({}), []);
  const odd = {
    clusterNodes: [{}],
    plugins: [{ key: 'com.vilisoft.x' }],
    healthChecks: [{}],
  } as unknown as Facts;
  assert.doesNotThrow(() => diagnose(odd));
});

test('the sandbox instance gives the findings support expects', async () => {
  const collected = await runSources([
    'server-info',
    'cluster-nodes',
    'installed-apps',
    'vilisoft-apps',
    'health-checks',
    'index-summary',
    'licence',
    'application-roles',
    'monitoring',
    'application-properties',
    'browser',
  ]);
  const findings = diagnose(deriveFacts(collected.facts));
  const by = (id: string) => findings.filter((f) => f.checkId === id).map((f) => f.severity);
  assert.deepEqual(by('cluster-builds'), ['problem']);
  assert.deepEqual(by('cluster-nodes-alive'), ['warning']);
  assert.deepEqual(by('vilisoft-app-state').sort(), ['problem', 'warning']);
  assert.deepEqual(by('vilisoft-app-compatibility'), ['ok', 'ok']);
  assert.deepEqual(by('vilisoft-recent-errors'), ['warning', 'warning']);
  assert.deepEqual(by('index-counts'), ['warning']);
  assert.deepEqual(by('health-checks'), ['problem', 'problem', 'warning']);
  assert.deepEqual(by('monitoring'), ['warning']);
  assert.deepEqual(by('base-url'), ['ok']);
  assert.deepEqual(by('licence-expiry'), ['ok']);
  assert.deepEqual(by('websudo'), ['ok']);
});
