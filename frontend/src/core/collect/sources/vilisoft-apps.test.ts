import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFixture, readFixtureJson } from '../test-support/fixture-fetch.ts';
import { itemJson, runSources } from '../test-support/run.ts';
import { checkAppDiagnostics } from '../vilisoft/contract.ts';
import { diagnosticsEndpoint, VILISOFT_APPS } from '../vilisoft/apps.ts';

const TIS = '/rest/vilisoft-time-in-status/1.0/support-bundle/diagnostics';

test('every registered app has a diagnostics endpoint by the convention', () => {
  for (const app of VILISOFT_APPS) {
    assert.match(
      diagnosticsEndpoint(app),
      /^\/rest\/[a-z0-9-]+\/1\.0\/support-bundle\/diagnostics$/,
    );
  }
  assert.equal(diagnosticsEndpoint(VILISOFT_APPS[0]!), TIS);
});

test('the sandbox fixtures follow the contract', () => {
  for (const [file, key] of [
    ['vilisoft-time-in-status-diagnostics.json', 'com.vilisoft.jira.time-in-status'],
    ['vilisoft-sla-timer-diagnostics.json', 'com.vilisoft.jira.sla-timer'],
  ] as const) {
    assert.equal(checkAppDiagnostics(readFixtureJson(file), key).ok, true);
  }
});

test('the contract rejects a wrong schema, a missing field, or another app key', () => {
  const good = readFixtureJson<Record<string, unknown>>('vilisoft-sla-timer-diagnostics.json');
  const key = 'com.vilisoft.jira.sla-timer';
  assert.equal(checkAppDiagnostics({ ...good, schema: 2 }, key).ok, false);
  const { recentErrors: _dropped, ...missing } = good;
  const result = checkAppDiagnostics(missing, key);
  assert.equal(result.ok, false);
  assert.match(result.ok ? '' : result.problems.join(), /recentErrors/);
  assert.equal(checkAppDiagnostics(good, 'com.vilisoft.other').ok, false);
  // Additions by a newer app version are fine.
  assert.equal(checkAppDiagnostics({ ...good, threadPools: [] }, key).ok, true);
});

test('collects each installed Vilisoft app through the contract', async () => {
  const r = await runSources(['vilisoft-apps']);
  assert.deepEqual(
    r.items.map((i) => i.path),
    [
      'apps/vilisoft/com.vilisoft.jira.time-in-status.json',
      'apps/vilisoft/com.vilisoft.jira.sla-timer.json',
    ],
  );
  const tis = r.facts.vilisoftApps?.find((a) => a.appKey === 'com.vilisoft.jira.time-in-status');
  assert.equal(tis?.appVersion, '4.7.2');
  assert.deepEqual(tis?.compatibleJira, { min: '8.20.0', max: '10.3.99' });
  assert.equal(tis?.recentErrors?.length, 3);
  assert.deepEqual(
    itemJson(r, 'apps/vilisoft/com.vilisoft.jira.sla-timer.json'),
    JSON.parse(readFixture('vilisoft-sla-timer-diagnostics.json')),
  );
});

test('skips an app that UPM does not list, without calling it', async () => {
  const list = readFixtureJson<{ plugins: { key: string }[] }>('upm-plugins.json');
  const withoutTis = list.plugins.filter((p) => p.key !== 'com.vilisoft.jira.time-in-status');
  const r = await runSources(['vilisoft-apps'], {
    override: { '/rest/plugins/1.0/': { body: JSON.stringify({ plugins: withoutTis }) } },
  });
  assert.ok(!r.calls.includes(TIS));
  const skipped = r.log.find((e) => e.status === 'skipped');
  assert.match(skipped?.message ?? '', /Time in Status for Jira is not installed/);
  assert.equal(r.facts.vilisoftApps?.length, 1);
});

test('without UPM (websudo), asks each app; 404 reads as not installed', async () => {
  const r = await runSources(['vilisoft-apps'], {
    websudoMissing: true,
    override: { [TIS]: { status: 404, body: '' } },
  });
  const tisEntry = r.log.find((e) => e.endpoint === TIS);
  assert.equal(tisEntry?.status, 'skipped');
  assert.match(tisEntry?.message ?? '', /not installed/);
  assert.equal(r.facts.vilisoftApps?.[0]?.appKey, 'com.vilisoft.jira.sla-timer');
});

test('an answer outside the contract is kept as it is, and logged as a failure', async () => {
  const r = await runSources(['vilisoft-apps'], {
    override: { [TIS]: { body: '{"schema":1,"appKey":"com.vilisoft.jira.time-in-status"}' } },
  });
  const entry = r.log.find((e) => e.endpoint === TIS);
  assert.equal(entry?.status, 'failed');
  assert.equal(entry?.kind, 'malformed-json');
  assert.match(entry?.message ?? '', /diagnostics format/);
  assert.ok(r.items.some((i) => i.path === 'apps/vilisoft/com.vilisoft.jira.time-in-status.json'));
  assert.equal(r.facts.vilisoftApps?.length, 1);
});
