import assert from 'node:assert/strict';
import { test } from 'node:test';
import { itemJson, runSources } from '../test-support/run.ts';

test('server info: item, facts and the base URL host to learn', async () => {
  const r = await runSources(['server-info']);
  assert.deepEqual(
    r.items.map((i) => i.path),
    ['jira/server-info.json'],
  );
  assert.equal(r.facts.serverInfo?.version, '9.12.15');
  assert.deepEqual(r.facts.serverInfo?.versionNumbers, [9, 12, 15]);
  assert.equal(r.facts.serverInfo?.buildNumber, 9120015);
  assert.deepEqual(r.learned, [{ kind: 'host', value: 'jira.fake-corp.example.test' }]);
  assert.equal(r.log[0]?.status, 'ok');
  assert.equal(r.log[0]?.nodeId, 'node-1');
});

test('cluster nodes: every node, and which node answered each call', async () => {
  const r = await runSources(['cluster-nodes', 'server-info'], {
    node: (path) => (path.includes('cluster') ? 'node-2' : 'node-1'),
  });
  assert.equal(r.facts.clusterNodes?.length, 3);
  assert.deepEqual(r.facts.clusterNodes?.[2], {
    nodeId: 'node-3',
    state: 'OFFLINE',
    alive: false,
    nodeBuildNumber: 9120010,
    nodeVersion: '9.12.10',
  });
  assert.deepEqual(r.facts.answeringNodes, {
    '/rest/api/2/serverInfo': 'node-1',
    '/rest/api/2/cluster/nodes': 'node-2',
  });
  assert.ok(r.learned.some((l) => l.kind === 'ip' && l.value === '10.0.7.11'));
});

test('cluster nodes: a 404 means "not clustered", a skip rather than a failure', async () => {
  const r = await runSources(['cluster-nodes'], {
    override: { '/rest/api/2/cluster/nodes': { status: 404, body: '' } },
  });
  assert.equal(r.log[0]?.status, 'skipped');
  assert.equal(r.items.length, 0);
});

test('installed apps: all apps, plus module states for Vilisoft apps only', async () => {
  const r = await runSources(['installed-apps']);
  assert.equal(r.facts.plugins?.length, 11);
  const tis = r.facts.plugins?.find((p) => p.key === 'com.vilisoft.jira.time-in-status');
  assert.equal(tis?.vendor, 'Vilisoft');
  assert.ok(tis?.modules?.some((m) => m.key === 'tis-status-sync-job' && m.broken === true));
  const sla = r.facts.plugins?.find((p) => p.key === 'com.vilisoft.jira.sla-timer');
  assert.ok(sla?.modules?.some((m) => m.key === 'sla-legacy-gadget' && !m.enabled));
  const other = r.facts.plugins?.find((p) => p.key === 'com.onresolve.jira.groovy.groovyrunner');
  assert.equal(other?.modules, undefined);
  assert.deepEqual(r.items.map((i) => i.path).sort(), [
    'apps/installed-apps.json',
    'apps/modules/com.vilisoft.jira.sla-timer.json',
    'apps/modules/com.vilisoft.jira.time-in-status.json',
  ]);
});

test('installed apps: websudo missing says what to do', async () => {
  const r = await runSources(['installed-apps'], { websudoMissing: true });
  assert.equal(r.log[0]?.kind, 'websudo-required');
  assert.match(r.log[0]?.advice ?? '', /Confirm your administrator password/);
});

test('application properties and advanced settings, with the websudo switch', async () => {
  const r = await runSources(['application-properties']);
  assert.deepEqual(
    r.items.map((i) => i.path),
    ['jira/application-properties.json', 'jira/advanced-settings.json'],
  );
  assert.equal(r.facts.websudoDisabled, false);
  assert.ok(r.facts.applicationProperties?.some((p) => p.key === 'jira.clone.prefix'));
  assert.ok(r.learned.some((l) => l.kind === 'host' && l.value === 'jira.fake-corp.example.test'));
});

test('configuration', async () => {
  const r = await runSources(['configuration']);
  assert.equal(r.facts.configuration?.['attachmentsEnabled'], true);
  assert.equal(r.items[0]?.path, 'jira/configuration.json');
});

test('index summary', async () => {
  const r = await runSources(['index-summary']);
  assert.deepEqual(r.facts.indexSummary, {
    nodeId: 'node-1',
    indexReadable: true,
    countInDatabase: 48213,
    countInIndex: 48211,
    countInArchive: 1204,
  });
});

test('application roles', async () => {
  const r = await runSources(['application-roles']);
  assert.equal(r.facts.applicationRoles?.[0]?.userCount, 188);
  assert.equal(r.facts.applicationRoles?.[1]?.hasUnlimitedSeats, true);
});

test('licence: a summary without the licence key, and values to learn', async () => {
  const r = await runSources(['licence']);
  const item = r.items[0];
  assert.equal(item?.path, 'jira/licence.json');
  const text = new TextDecoder().decode(item?.bytes);
  assert.doesNotMatch(text, /rawLicense|AAAB-FAKE-LICENSE/);
  assert.equal(r.facts.licence?.expiryDate, new Date(1799712000000).toISOString());
  assert.equal(r.facts.licence?.maintenanceExpired, false);
  assert.ok(r.learned.some((l) => l.kind === 'org' && l.value === 'Fake Org Example Ltd'));
  assert.ok(r.learned.some((l) => l.kind === 'sen' && l.value === 'SEN-FAKE-00012345'));
});

test('health checks from ATST, falling back to the older endpoint on 404', async () => {
  const atst = await runSources(['health-checks']);
  assert.equal(atst.facts.healthChecks?.length, 7);
  assert.deepEqual(
    atst.log.map((e) => e.endpoint),
    ['/rest/troubleshooting/1.0/check/'],
  );
  const older = await runSources(['health-checks'], {
    override: { '/rest/troubleshooting/1.0/check/': { status: 404, body: '' } },
  });
  assert.equal(older.facts.healthChecks?.length, 4);
  assert.deepEqual(
    older.log.map((e) => e.status),
    ['skipped', 'ok'],
  );
  const critical = older.facts.healthChecks?.find((c) => c.severity === 'critical');
  assert.equal(critical?.isHealthy, false);
});

test('monitoring flags', async () => {
  const r = await runSources(['monitoring']);
  assert.deepEqual(r.facts.monitoring, { app: true, ipd: false });
  assert.deepEqual(itemJson(r, 'jira/monitoring.json'), {
    app: { enabled: true },
    ipd: { enabled: false },
  });
});

test('current user: learned for pseudonyms, only time zone and locale as facts', async () => {
  const r = await runSources(['current-user']);
  assert.deepEqual(r.facts.currentUser, { timeZone: 'Europe/Berlin', locale: 'en_UK' });
  assert.deepEqual(r.learned.map((l) => `${l.kind}=${l.value}`).sort(), [
    'email=ada.fakeadmin@fake-corp.example.test',
    'name=Ada Fakeadmin',
    'user=admin',
    'userkey=JIRAUSER10100',
  ]);
});

test('browser', async () => {
  const r = await runSources(['browser']);
  assert.equal(r.items[0]?.path, 'browser/browser.json');
  assert.equal(r.facts.browser?.timeZone, 'Europe/Berlin');
});
