import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { HUGE_BYTES } from './fault-responses.ts';
import type { Sandbox } from './server.ts';
import { startTestSandbox, TestClient } from './test-support/client.ts';

const SERVER_INFO = '/rest/api/2/serverInfo';

describe('fault switchboard', () => {
  let sandbox: Sandbox;
  let admin: TestClient;
  before(async () => {
    sandbox = await startTestSandbox();
    admin = await new TestClient(sandbox).asAdminWithWebSudo();
  });
  afterEach(() => sandbox.faults.clear());
  after(() => sandbox.close());

  test('websudo, forbidden, not-found and server-error answer like Jira', async () => {
    sandbox.faults.set(SERVER_INFO, 'websudo');
    let res = await admin.fetch(SERVER_INFO);
    assert.equal(res.status, 401);
    sandbox.faults.set('/rest/plugins/', 'websudo');
    res = await admin.fetch('/rest/plugins/1.0/');
    assert.equal(res.headers.get('content-type'), 'application/vnd.atl.plugins.error+json');

    sandbox.faults.set(SERVER_INFO, 'forbidden');
    assert.equal((await admin.fetch(SERVER_INFO)).status, 403);
    sandbox.faults.set(SERVER_INFO, 'not-found');
    assert.equal((await admin.fetch(SERVER_INFO)).status, 404);

    sandbox.faults.set(SERVER_INFO, 'server-error');
    res = await admin.fetch(SERVER_INFO);
    assert.equal(res.status, 500);
    assert.equal(((await res.json()) as { 'status-code': number })['status-code'], 500);
    sandbox.faults.set('/secure/Dashboard.jspa', 'server-error');
    res = await admin.fetch('/secure/Dashboard.jspa');
    assert.equal(res.status, 500);
    assert.match(await res.text(), /technical problems/);
  });

  test('the longest matching prefix wins and clearing restores normal answers', async () => {
    sandbox.faults.set('/rest/api/2/', 'forbidden');
    sandbox.faults.set(SERVER_INFO, 'not-found');
    assert.equal((await admin.fetch(SERVER_INFO)).status, 404);
    assert.equal((await admin.fetch('/rest/api/2/configuration')).status, 403);
    sandbox.faults.clear(SERVER_INFO);
    assert.equal((await admin.fetch(SERVER_INFO)).status, 403);
    sandbox.faults.clear();
    assert.equal((await admin.fetch(SERVER_INFO)).status, 200);
  });

  test('login-page answers 200 HTML, as an expired session does', async () => {
    sandbox.faults.set(SERVER_INFO, 'login-page');
    const res = await admin.fetch(SERVER_INFO);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await res.text(), /id="login-form-username"/);
  });

  test('malformed-json answers 200 JSON that does not parse', async () => {
    sandbox.faults.set(SERVER_INFO, 'malformed-json');
    const res = await admin.fetch(SERVER_INFO);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    const text = await res.text();
    assert.throws(() => JSON.parse(text) as unknown, SyntaxError);
  });

  test('huge streams at least 50 MiB of valid JSON', async () => {
    sandbox.faults.set(SERVER_INFO, 'huge');
    const res = await admin.fetch(SERVER_INFO);
    assert.equal(res.status, 200);
    const text = await res.text();
    assert.ok(text.length >= HUGE_BYTES, `${text.length} bytes`);
    const doc = JSON.parse(text) as { values: unknown[] };
    assert.ok(doc.values.length > 50_000);
  });

  test('huge stops when the client aborts', async () => {
    sandbox.faults.set(SERVER_INFO, 'huge');
    const controller = new AbortController();
    const res = await admin.fetch(SERVER_INFO, { signal: controller.signal });
    const reader = res.body?.getReader();
    assert.ok(reader);
    await reader.read();
    controller.abort();
    await assert.rejects(reader.read());
    sandbox.faults.clear();
    assert.equal((await admin.fetch(SERVER_INFO)).status, 200, 'the sandbox still answers');
  });

  test('hang never answers until the client aborts', async () => {
    sandbox.faults.set(SERVER_INFO, 'hang');
    const controller = new AbortController();
    const pending = admin.fetch(SERVER_INFO, { signal: controller.signal });
    const outcome = await Promise.race([
      pending.then(() => 'answered'),
      admin.fetch('/rest/api/2/configuration').then(() => 'other request answered first'),
    ]);
    assert.equal(outcome, 'other request answered first');
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    const recorded = sandbox.requests().filter((r) => r.path.endsWith(SERVER_INFO));
    assert.equal(recorded.at(-1)?.status, undefined, 'recorded without an answer');
  });

  test('expire-session-after lets n calls through, then the session is gone', async () => {
    const client = await new TestClient(sandbox).asAdminWithWebSudo();
    sandbox.faults.set('/rest/api/2/', { kind: 'expire-session-after', calls: 2 });
    assert.equal((await client.fetch('/rest/api/2/myself')).status, 200);
    assert.equal((await client.fetch('/rest/api/2/cluster/nodes')).status, 200);
    assert.equal((await client.fetch('/rest/api/2/myself')).status, 401);
    assert.equal((await client.fetch('/secure/admin/ViewSystemInfo.jspa')).status, 302);
    assert.equal((await admin.fetch('/rest/api/2/myself')).status, 200, 'other sessions live on');
  });

  test('faults can be set, listed and cleared over HTTP', async () => {
    const control = `${sandbox.url}/__sandbox/faults`;
    const set = await fetch(control, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ path: SERVER_INFO, fault: 'not-found' }),
    });
    assert.equal(set.status, 200);
    assert.deepEqual(sandbox.faults.list(), [
      { pathPrefix: SERVER_INFO, fault: { kind: 'not-found' } },
    ]);
    assert.equal((await admin.fetch(SERVER_INFO)).status, 404);
    const bad = await fetch(control, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ path: SERVER_INFO, fault: 'melt' }),
    });
    assert.equal(bad.status, 400);
    await fetch(control, { method: 'DELETE' });
    assert.deepEqual(sandbox.faults.list(), []);
    const clock = await fetch(`${sandbox.url}/__sandbox/clock`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ advanceMinutes: 0 }),
    });
    assert.equal(clock.status, 200);
  });
});

test('close() finishes while a request hangs', async () => {
  const sandbox = await startTestSandbox();
  sandbox.faults.set(SERVER_INFO, 'hang');
  const pending = fetch(`${sandbox.url}${SERVER_INFO}`).catch((error: unknown) => error);
  while (!sandbox.requests().some((r) => r.path.endsWith(SERVER_INFO))) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await sandbox.close();
  assert.ok((await pending) instanceof Error, 'the hanging request fails instead of answering');
});
