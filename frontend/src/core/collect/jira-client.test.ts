import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_LIMITS, type FailureKind, type JiraFetch } from '../model.ts';
import { createJiraClient } from './jira-client.ts';
import {
  fixtureFetch,
  hangingAnswer,
  response,
  type FakeAnswer,
} from './test-support/fixture-fetch.ts';

const PATH = '/rest/api/2/serverInfo';

async function kindFor(answer: FakeAnswer | JiraFetch, limits = DEFAULT_LIMITS) {
  const fetch: JiraFetch =
    typeof answer === 'function' ? answer : fixtureFetch({ override: { [PATH]: answer } });
  const call = await createJiraClient(fetch, { limits }).getJson('server-info', PATH);
  return call;
}

const cases: [string, FakeAnswer, FailureKind, RegExp][] = [
  [
    'UPM websudo error type',
    { status: 401, contentType: 'application/vnd.atl.plugins.error+json', body: '{}' },
    'websudo-required',
    /secure administrator session/,
  ],
  ['plain 401', { status: 401, body: '{}' }, 'unauthenticated', /log in/i],
  ['403', { status: 403, body: '{}' }, 'forbidden', /system administrator/],
  ['404', { status: 404, body: '{}' }, 'not-found', /leave this source out/],
  ['500', { status: 500, body: 'boom' }, 'server-error', /atlassian-jira\.log/],
  ['503', { status: 503, body: '' }, 'server-error', /retry/i],
  [
    '200 with the login page',
    {
      status: 200,
      contentType: 'text/html;charset=UTF-8',
      body: '<!DOCTYPE html><html><form id="login-form">',
    },
    'login-page',
    /session expired; log in again/,
  ],
  [
    '200 with HTML but a JSON content type',
    { status: 200, body: '<html><body>login</body></html>' },
    'login-page',
    /session expired/,
  ],
  ['unparsable JSON', { status: 200, body: '{"baseUrl": ' }, 'malformed-json', /retry/i],
];

for (const [name, answer, kind, advice] of cases) {
  test(`classifies ${name} as ${kind} with advice`, async () => {
    const call = await kindFor(answer);
    assert.equal(call.ok, false);
    assert.equal(call.entry.status, 'failed');
    assert.equal(call.entry.kind, kind);
    assert.match(call.entry.advice, advice);
    assert.notEqual(call.entry.message, '');
    assert.equal(call.entry.endpoint, PATH);
  });
}

test('a body over maxResponseBytes is too-large, by header or by actual size', async () => {
  const limits = { ...DEFAULT_LIMITS, maxResponseBytes: 100 };
  const big = JSON.stringify({ text: 'x'.repeat(200) });
  assert.equal((await kindFor({ body: big }, limits)).entry.kind, 'too-large');
  const declared = { body: '{}', headers: { 'content-length': '5000' } };
  assert.equal((await kindFor(declared, limits)).entry.kind, 'too-large');
  // Multi-byte characters count as bytes, not characters.
  const wide = JSON.stringify({ text: 'ü'.repeat(60) });
  assert.equal((await kindFor({ body: wide }, limits)).entry.kind, 'too-large');
});

test('a request that outlives the timeout is a timeout', async () => {
  const limits = { ...DEFAULT_LIMITS, requestTimeoutMs: 5 };
  const call = await kindFor((_path, init) => hangingAnswer(init?.signal), limits);
  assert.equal(call.entry.kind, 'timeout');
  assert.match(call.entry.advice, /retry/i);
});

test('a fetch that throws is a network failure', async () => {
  const call = await kindFor(async () => {
    throw new TypeError('Failed to fetch');
  });
  assert.equal(call.entry.kind, 'network');
  assert.match(call.entry.message, /Failed to fetch/);
});

test('aborting the run marks the call cancelled', async () => {
  const controller = new AbortController();
  const fetch: JiraFetch = (_path, init) => hangingAnswer(init?.signal);
  const pending = createJiraClient(fetch, {
    limits: DEFAULT_LIMITS,
    signal: controller.signal,
  }).getJson('server-info', PATH);
  controller.abort();
  const call = await pending;
  assert.equal(call.entry.kind, 'cancelled');
});

test('a good answer carries JSON, status and the answering node', async () => {
  const fetch = fixtureFetch({ node: 'node-2' });
  const call = await createJiraClient(fetch, { limits: DEFAULT_LIMITS }).getJson(
    'server-info',
    PATH,
  );
  assert.ok(call.ok);
  assert.equal(call.entry.status, 'ok');
  assert.equal(call.entry.httpStatus, 200);
  assert.equal(call.entry.nodeId, 'node-2');
  assert.equal((call.json as { version: string }).version, '9.12.15');
});

test('two sources reading the same endpoint cost one request', async () => {
  const fetch = fixtureFetch();
  const client = createJiraClient(fetch, { limits: DEFAULT_LIMITS });
  const [a, b] = await Promise.all([
    client.getJson('installed-apps', '/rest/plugins/1.0/'),
    client.getJson('vilisoft-apps', '/rest/plugins/1.0/'),
  ]);
  assert.equal(fetch.calls.length, 1);
  assert.equal(a.entry.sourceId, 'installed-apps');
  assert.equal(b.entry.sourceId, 'vilisoft-apps');
});

test('a 404 can carry words of its own (an app not installed)', async () => {
  const fetch = (async () => response({ status: 404, body: '' })) as JiraFetch;
  const call = await createJiraClient(fetch, { limits: DEFAULT_LIMITS }).getJson('x', '/rest/x', {
    notFound: { message: 'Time in Status is not installed.', advice: '' },
  });
  assert.equal(call.entry.message, 'Time in Status is not installed.');
});
