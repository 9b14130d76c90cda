import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_FIXTURES_DIR, type Sandbox } from './server.ts';
import { startTestSandbox, TestClient } from './test-support/client.ts';
import { TEST_PLUGIN_KEY } from './test-support/test-plugin-jar.ts';

interface Route {
  method: string;
  path: string;
  access: string;
}

const routes = (
  JSON.parse(readFileSync(`${DEFAULT_FIXTURES_DIR}/routes.json`, 'utf-8')) as { routes: Route[] }
).routes;

function concretePath(route: Route): string {
  return route.path.replace('{pluginKey}', 'com.vilisoft.jira.time-in-status');
}

describe('REST', () => {
  let sandbox: Sandbox;
  before(async () => {
    sandbox = await startTestSandbox({ nodeId: 'node-2' });
  });
  after(() => sandbox.close());

  test('every route answers the sysadmin with JSON inside the websudo window', async () => {
    const client = await new TestClient(sandbox).asAdminWithWebSudo();
    for (const route of routes) {
      const res = await client.fetch(concretePath(route));
      assert.equal(res.status, 200, route.path);
      assert.match(res.headers.get('content-type') ?? '', /json/, route.path);
      assert.equal(res.headers.get('x-anodeid'), 'node-2');
      assert.ok(res.headers.get('x-arequestid'));
      const body: unknown = await res.json();
      assert.ok(body !== null && typeof body === 'object', route.path);
    }
  });

  test("no session: 401 with Jira's message on everything but anonymous routes", async () => {
    const client = new TestClient(sandbox);
    for (const route of routes) {
      const res = await client.fetch(concretePath(route));
      if (route.access === 'anonymous') {
        assert.equal(res.status, 200, route.path);
        continue;
      }
      assert.equal(res.status, 401, route.path);
      assert.deepEqual(await res.json(), {
        errorMessages: [
          'You are not authenticated. Authentication required to perform this operation.',
        ],
        errors: {},
      });
    }
  });

  test('a plain user: 403 on admin resources, 200 on the rest', async () => {
    const client = new TestClient(sandbox);
    await client.login('user');
    for (const route of routes) {
      const res = await client.fetch(concretePath(route));
      const adminOnly = route.access !== 'anonymous' && route.access !== 'authenticated';
      assert.equal(res.status, adminOnly ? 403 : 200, route.path);
    }
    const myself = (await (await client.fetch('/rest/api/2/myself')).json()) as { name: string };
    assert.equal(myself.name, 'jdoe-fake');
  });

  test("UPM and the licence answer 401 with UPM's type outside the websudo window", async () => {
    const client = new TestClient(sandbox);
    await client.login('admin');
    for (const path of [
      '/rest/plugins/1.0/',
      '/rest/plugins/applications/1.0/installed/jira-software/license',
    ]) {
      const res = await client.fetch(path);
      assert.equal(res.status, 401, path);
      assert.equal(res.headers.get('content-type'), 'application/vnd.atl.plugins.error+json');
    }
    assert.equal(
      (await client.fetch('/rest/api/2/cluster/nodes')).status,
      200,
      'no websudo needed',
    );
  });

  test('websudo-protected calls roll the window', async () => {
    const client = await new TestClient(sandbox).asAdminWithWebSudo();
    sandbox.clock.advanceMinutes(8);
    assert.equal((await client.fetch('/rest/troubleshooting/1.0/check/')).status, 200);
    sandbox.clock.advanceMinutes(8);
    assert.equal((await client.fetch('/rest/troubleshooting/1.0/check/')).status, 200);
    sandbox.clock.advanceMinutes(11);
    assert.equal((await client.fetch('/rest/troubleshooting/1.0/check/')).status, 401);
  });

  test('the UPM list includes the plugin from the JAR and answers a upm-token', async () => {
    const client = await new TestClient(sandbox).asAdminWithWebSudo();
    const res = await client.fetch('/rest/plugins/1.0/');
    assert.match(res.headers.get('upm-token') ?? '', /^-?\d+$/);
    const list = (await res.json()) as {
      plugins: Array<{ key: string; vendor: { name: string } }>;
    };
    assert.ok(list.plugins.some((p) => p.key === TEST_PLUGIN_KEY));
    const vilisoft = list.plugins.filter((p) => p.vendor.name === 'Vilisoft').map((p) => p.key);
    assert.ok(vilisoft.includes('com.vilisoft.jira.time-in-status'));
    assert.ok(vilisoft.includes('com.vilisoft.jira.sla-timer'));
    assert.equal(
      (await client.fetch('/rest/plugins/1.0')).status,
      404,
      'the trailing slash matters',
    );
  });

  test("one app's modules, from the JAR for our plugin and from fixtures for others", async () => {
    const client = await new TestClient(sandbox).asAdminWithWebSudo();
    type Details = { modules: Array<{ completeKey: string; enabled: boolean; broken: boolean }> };
    const own = (await (
      await client.fetch(`/rest/plugins/1.0/${TEST_PLUGIN_KEY}-key`)
    ).json()) as Details;
    assert.ok(own.modules.some((m) => m.completeKey === `${TEST_PLUGIN_KEY}:admin-loader`));
    const tis = (await (
      await client.fetch('/rest/plugins/1.0/com.vilisoft.jira.time-in-status-key')
    ).json()) as Details;
    assert.ok(tis.modules.some((m) => m.broken));
    assert.equal((await client.fetch('/rest/plugins/1.0/com.nobody.no-such-app-key')).status, 404);
  });

  test('fixture links follow the context path', async () => {
    const client = await new TestClient(sandbox).asAdminWithWebSudo();
    const text = await (await client.fetch('/rest/plugins/1.0/')).text();
    assert.doesNotMatch(text, /\{\{contextPath\}\}/);
    assert.match(text, /"self":"\/jira\/rest\/plugins\/1\.0\//);
  });

  test('an unknown REST path is a JSON 404', async () => {
    const res = await new TestClient(sandbox).fetch('/rest/api/2/nothing-here');
    assert.equal(res.status, 404);
    assert.equal(((await res.json()) as { 'status-code': number })['status-code'], 404);
  });

  test('XSRF: a cross-origin or form-typed POST is refused, a same-origin JSON POST is not', async () => {
    const client = new TestClient(sandbox);
    await client.login('admin');
    const body = JSON.stringify({ r: [], c: ['atl.admin'] });
    const json = { 'Content-Type': 'application/json' };
    const crossOrigin = await client.fetch('/rest/wrm/2.0/resources', {
      method: 'POST',
      headers: { ...json, Origin: 'http://evil.example.test' },
      body,
    });
    assert.equal(crossOrigin.status, 403);
    assert.match(await crossOrigin.text(), /XSRF check failed/);
    const crossReferer = await client.fetch('/rest/wrm/2.0/resources', {
      method: 'POST',
      headers: { ...json, Referer: 'http://evil.example.test/page' },
      body,
    });
    assert.equal(crossReferer.status, 403);
    const textPlain = await client.fetch('/rest/wrm/2.0/resources', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Origin: sandbox.origin },
      body,
    });
    assert.equal(textPlain.status, 403);
    const sameOrigin = await client.fetch('/rest/wrm/2.0/resources', {
      method: 'POST',
      headers: { ...json, Origin: sandbox.origin },
      body,
    });
    assert.equal(sameOrigin.status, 200);
  });

  test('requests() records method, path, origin, time and user', async () => {
    const client = new TestClient(sandbox);
    await client.login('user');
    await client.fetch('/rest/api/2/myself', { headers: { Origin: sandbox.origin } });
    const last = sandbox.requests().at(-1);
    assert.ok(last);
    assert.equal(last.method, 'GET');
    assert.equal(last.path, '/jira/rest/api/2/myself');
    assert.equal(last.origin, sandbox.origin);
    assert.equal(last.user, 'jdoe-fake');
    assert.equal(last.status, 200);
    assert.equal(typeof last.time, 'number');
  });
});
