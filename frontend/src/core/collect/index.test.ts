import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_LIMITS, type JiraFetch } from '../model.ts';
import { collect, collectOne, CONCURRENCY, replaceSource, SOURCES } from './index.ts';
import { fixtureFetch, hangingAnswer } from './test-support/fixture-fetch.ts';
import { FAKE_BROWSER, runSources, textFile } from './test-support/run.ts';

const ALL = SOURCES.map((s) => s.id);

test('every source has a unique id, words for the screen and a default', () => {
  assert.equal(new Set(ALL).size, ALL.length);
  for (const source of SOURCES) {
    assert.ok(source.title && source.description, source.id);
    assert.equal(typeof source.defaultOn, 'boolean');
  }
});

test('all sources against the sandbox fixtures: no failures, items in registry order', async () => {
  const r = await runSources(ALL, { files: [textFile('catalina.out', 'JVM Version: 17.0.9')] });
  const failed = r.log.filter((e) => e.status === 'failed');
  assert.deepEqual(failed, []);
  const order = r.items.map((i) => ALL.indexOf(i.sourceId));
  assert.deepEqual(
    order,
    [...order].sort((a, b) => a - b),
  );
  assert.ok(r.items.some((i) => i.path === 'browser/browser.json'));
  assert.equal(r.facts.javaVersion, '17.0.9');
  assert.equal(Object.values(r.facts.answeringNodes ?? {})[0], 'node-1');
});

test('a failing source never aborts the bundle', async () => {
  const r = await runSources(['server-info', 'installed-apps', 'licence'], {
    websudoMissing: true,
  });
  assert.ok(r.items.some((i) => i.path === 'jira/server-info.json'));
  const websudo = r.log.filter((e) => e.kind === 'websudo-required');
  assert.deepEqual(websudo.map((e) => e.sourceId).sort(), ['installed-apps', 'licence']);
});

test('a source that throws is logged as "other" with advice', async () => {
  const source = SOURCES.find((s) => s.id === 'configuration')!;
  const original = source.collect;
  source.collect = async () => {
    throw new Error('bug');
  };
  try {
    const r = await runSources(['configuration', 'server-info']);
    const entry = r.log.find((e) => e.sourceId === 'configuration');
    assert.equal(entry?.kind, 'other');
    assert.match(entry?.message ?? '', /bug/);
    assert.match(entry?.advice ?? '', /Retry/);
    assert.ok(r.items.some((i) => i.path === 'jira/server-info.json'));
  } finally {
    source.collect = original;
  }
});

test('sources not enabled in this context are skipped (no browser, no files)', async () => {
  const r = await collect({ jira: fixtureFetch(), limits: DEFAULT_LIMITS }, ['browser', 'files']);
  assert.deepEqual(
    r.log.map((e) => e.status),
    ['skipped', 'skipped'],
  );
});

test('at most CONCURRENCY requests are in flight', async () => {
  let inFlight = 0;
  let peak = 0;
  const inner = fixtureFetch();
  const jira: JiraFetch = async (path, init) => {
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    await new Promise((resolve) => setImmediate(resolve));
    inFlight -= 1;
    return inner(path, init);
  };
  await collect({ jira, limits: DEFAULT_LIMITS, browser: FAKE_BROWSER }, ALL);
  assert.ok(peak <= CONCURRENCY, `peak ${peak}`);
  assert.ok(peak > 1);
});

test('progress counts sources and hands over their log entries', async () => {
  const seen: string[] = [];
  await collect(
    { jira: fixtureFetch(), limits: DEFAULT_LIMITS },
    ['server-info', 'monitoring'],
    (p) =>
      seen.push(`${p.done}/${p.total}${p.sourceId ? ` ${p.sourceId}:${p.entries?.length}` : ''}`),
  );
  assert.equal(seen[0], '0/2');
  assert.deepEqual(seen.slice(1).sort(), ['1/2 server-info:1', '2/2 monitoring:2'].sort());
});

test('collectOne retries one source alone, with fresh requests', async () => {
  let websudo = true;
  const jira: JiraFetch = (path, init) => fixtureFetch({ websudoMissing: websudo })(path, init);
  const ctx = { jira, limits: DEFAULT_LIMITS };
  const first = await collect(ctx, ['server-info', 'health-checks']);
  assert.equal(first.log.find((e) => e.sourceId === 'health-checks')?.kind, 'websudo-required');
  websudo = false;
  const retry = await collectOne(ctx, 'health-checks');
  assert.deepEqual(
    retry.items.map((i) => i.path),
    ['jira/health-checks.json'],
  );
  assert.equal(retry.log[0]?.status, 'ok');
  const merged = replaceSource(first, 'health-checks', retry);
  assert.deepEqual(
    merged.items.map((i) => i.path),
    ['jira/server-info.json', 'jira/health-checks.json'],
  );
  assert.deepEqual(
    merged.log.map((e) => `${e.sourceId}:${e.status}`),
    ['server-info:ok', 'health-checks:ok'],
  );
  assert.equal(merged.facts.serverInfo?.version, '9.12.15');
  assert.equal(merged.facts.healthChecks?.length, 7);
  assert.equal(merged.facts.answeringNodes?.['/rest/troubleshooting/1.0/check/'], 'node-1');
});

test('cancelling stops the run with an AbortError', async () => {
  const controller = new AbortController();
  const jira: JiraFetch = (_path, init) => hangingAnswer(init?.signal);
  const pending = collect({ jira, limits: DEFAULT_LIMITS, signal: controller.signal }, ALL);
  controller.abort();
  await assert.rejects(pending, { name: 'AbortError' });
});

test('the total cap applies across sources', async () => {
  const r = await runSources(['server-info', 'files'], {
    files: [textFile('a.log', 'x'.repeat(3000))],
    limits: { maxTotalBytes: 2000 },
  });
  assert.deepEqual(
    r.items.map((i) => i.path),
    ['jira/server-info.json'],
  );
  assert.ok(r.log.some((e) => e.status === 'skipped' && e.kind === 'too-large'));
});
