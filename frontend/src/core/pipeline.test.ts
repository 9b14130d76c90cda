import assert from 'node:assert/strict';
import { test } from 'node:test';
import JSZip from 'jszip';
import { verifyBundle } from './archive/index.ts';
import { SOURCES } from './collect/index.ts';
import { fixtureFetch, hangingAnswer } from './collect/test-support/fixture-fetch.ts';
import { FAKE_BROWSER, textFile } from './collect/test-support/run.ts';
import { DEFAULT_LIMITS, type AddedFile, type JiraFetch } from './model.ts';
import { runPipeline, type PipelineProgress } from './pipeline.ts';
import { createRedactor } from './redact/index.ts';

const ALL = SOURCES.map((s) => s.id);
const CREATED = new Date('2026-11-20T09:20:00Z');
const secret = () => new TextEncoder().encode('FAKE-pipeline-test-secret-0123456789');

/** Values planted in the sandbox fixtures (and the files below) that must not survive. */
const PLANTED = [
  'jira.fake-corp.example.test',
  'fake-corp.example.test',
  'ada.fakeadmin',
  'Ada Fakeadmin',
  'JIRAUSER10100',
  'AAAB-FAKE-LICENSE',
  'rawLicense',
  'Fake Org Example Ltd',
  'SEN-FAKE-00012345',
  'FAKE-SLA-API-KEY',
  'FAKE-TOKEN-0123456789abcdef',
  'FAKE-db-password',
];

const LOG = [
  '2026-11-20 09:14:03,512 http-nio-8080-exec-17 url: /rest/api/2/search; user: admin ERROR admin 554x1x1 1abc2de 10.0.7.200 /rest/api/2/search [c.a.jira.Foo] failed for ada.fakeadmin@fake-corp.example.test',
  '\tat com.atlassian.jira.issue.managers.DefaultIssueManager.getIssueObject(DefaultIssueManager.java:212)',
].join('\n');
const CATALINA =
  'INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Xmx1024m\nINFO [main] Command line argument: -Djdbc.password=FAKE-db-password\nJVM Version: 11.0.21+9';

async function run(
  options: {
    files?: AddedFile[];
    jira?: JiraFetch;
    signal?: AbortSignal;
    onProgress?: (p: PipelineProgress) => void;
  } = {},
) {
  return runPipeline({
    ctx: {
      jira: options.jira ?? fixtureFetch(),
      limits: DEFAULT_LIMITS,
      browser: FAKE_BROWSER,
      files: options.files ?? [
        textFile('atlassian-jira.log', LOG),
        textFile('catalina.out', CATALINA),
      ],
    },
    sourceIds: ALL,
    redactor: createRedactor({ secret: secret() }),
    request: {
      id: 'REQ-7F3A',
      ticket: 'VS-4821',
      requestedBy: 'support',
      sources: ALL,
      createdAt: '2026-11-19T00:00:00Z',
    },
    productVersion: '0.1.0',
    createdAt: CREATED,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}

async function zipTexts(zip: Uint8Array): Promise<Map<string, string>> {
  const loaded = await JSZip.loadAsync(zip);
  const out = new Map<string, string>();
  for (const file of Object.values(loaded.files))
    if (!file.dir) out.set(file.name, await file.async('string'));
  return out;
}

test('end to end: no planted value survives anywhere in the zip', async () => {
  const result = await run();
  const texts = await zipTexts(result.zip);
  for (const [name, text] of texts) {
    for (const planted of PLANTED) {
      assert.ok(
        !text.toLowerCase().includes(planted.toLowerCase()),
        `${planted} survived in ${name}`,
      );
    }
    assert.doesNotMatch(text, /"name":\s*"admin"/, `user name in ${name}`);
    assert.doesNotMatch(text, /user: admin\b/, `user name in ${name}`);
  }
  assert.ok(!result.fileName.includes('fake-corp'));
});

test('end to end: the bundle verifies and carries what support needs', async () => {
  const result = await run();
  const verified = await verifyBundle(result.zip);
  assert.equal(verified.ok, true, JSON.stringify(verified));
  const texts = await zipTexts(result.zip);
  for (const path of [
    'report.html',
    'findings.json',
    'collection-log.json',
    'redaction-report.json',
    'jira/server-info.json',
    'apps/vilisoft/com.vilisoft.jira.time-in-status.json',
    'files/atlassian-jira.log',
  ]) {
    assert.ok(texts.has(path), path);
  }
  assert.match(texts.get('jira/server-info.json') ?? '', /9\.12\.15/);
  assert.match(texts.get('files/atlassian-jira.log') ?? '', /DefaultIssueManager\.java:212/);
  assert.match(result.fileName, /^support-bundle-[\w-]+-REQ-7F3A-20261120T092000Z\.zip$/);
  assert.equal(result.manifest.requestId, 'REQ-7F3A');
  const ids = new Set(result.findings.map((f) => f.checkId));
  for (const id of [
    'cluster-builds',
    'vilisoft-app-state',
    'jvm-heap',
    'health-checks',
    'base-url',
  ])
    assert.ok(ids.has(id), id);
  assert.ok(result.redactionReport.files.length > 0);
  assert.ok(result.items.every((i) => texts.has(i.path)));
});

test('progress goes through collect, redact and pack', async () => {
  const stages: string[] = [];
  await run({ onProgress: (p) => stages.push(`${p.stage} ${p.done}/${p.total}`) });
  assert.equal(stages[0], `collect 0/${ALL.length}`);
  assert.ok(stages.includes(`collect ${ALL.length}/${ALL.length}`));
  const redact = stages.filter((s) => s.startsWith('redact'));
  assert.equal(redact[0]?.split(' ')[1]?.split('/')[0], '0');
  assert.deepEqual(stages.slice(-2), ['pack 0/1', 'pack 1/1']);
  const order = stages.map((s) => s.split(' ')[0]);
  assert.deepEqual([...new Set(order)], ['collect', 'redact', 'pack']);
});

test('cancelling while Jira hangs stops the run', async () => {
  const controller = new AbortController();
  const jira: JiraFetch = (_path, init) => hangingAnswer(init?.signal);
  const pending = run({ jira, signal: controller.signal });
  controller.abort();
  await assert.rejects(pending, { name: 'AbortError' });
});

test('cancelling during redaction stops before packing', async () => {
  const controller = new AbortController();
  const stages: string[] = [];
  const pending = run({
    signal: controller.signal,
    onProgress: (p) => {
      stages.push(p.stage);
      if (p.stage === 'redact' && p.done === 1) controller.abort();
    },
  });
  await assert.rejects(pending, { name: 'AbortError' });
  assert.ok(!stages.includes('pack'));
});
