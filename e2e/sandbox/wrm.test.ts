import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Sandbox } from './server.ts';
import { startTestSandbox, TestClient } from './test-support/client.ts';
import { TEST_PLUGIN_KEY } from './test-support/test-plugin-jar.ts';
import type { ResourceRef } from './wrm.ts';

const K = TEST_PLUGIN_KEY;

async function resolve(
  client: TestClient,
  sandbox: Sandbox,
  body: Record<string, string[]>,
): Promise<ResourceRef[]> {
  const res = await client.fetch('/rest/wrm/2.0/resources', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: sandbox.origin },
    body: JSON.stringify(body),
  });
  assert.equal(res.status, 200);
  return ((await res.json()) as { resources: ResourceRef[] }).resources;
}

function names(refs: ResourceRef[]): string[] {
  return refs.map((r) => `${r.key.slice(K.length + 1)}/${r.url.slice(r.url.lastIndexOf('/') + 1)}`);
}

for (const contextPath of ['/jira', '']) {
  describe(`WRM with context path "${contextPath}"`, () => {
    let sandbox: Sandbox;
    let admin: TestClient;
    before(async () => {
      sandbox = await startTestSandbox({ contextPath });
      admin = await new TestClient(sandbox).asAdminWithWebSudo();
    });
    after(() => sandbox.close());

    test('a context resolves dependencies first, each resource once, honouring conditions', async () => {
      const refs = await resolve(admin, sandbox, { c: ['atl.admin'] });
      assert.deepEqual(names(refs), [
        'common/common.js',
        'common/common.css',
        'admin-loader/loader.js',
      ]);
      assert.deepEqual(
        refs.map((r) => r.resourceType),
        ['JAVASCRIPT', 'CSS', 'JAVASCRIPT'],
      );
      for (const r of refs) {
        assert.ok(r.url.startsWith(`${contextPath}/s/`), r.url);
        assert.match(r.url, new RegExp(`/_/download/resources/${K}:`));
      }
      const user = new TestClient(sandbox);
      await user.login('user');
      const forUser = names(await resolve(user, sandbox, { c: ['atl.admin'] }));
      assert.ok(
        forUser.includes('not-for-sysadmins/hidden.js'),
        'the inverted condition holds for a user',
      );
    });

    test('wr! and wrc! of a web-resource key, with already loaded resources excluded', async () => {
      const app = await resolve(admin, sandbox, { r: [`${K}:app`], c: [] });
      assert.deepEqual(names(app), [
        'common/common.js',
        'common/common.css',
        'app/app.js',
        'app/app.css',
      ]);
      const byContext = await resolve(admin, sandbox, {
        c: [`${K}:app`],
        xr: [`${K}:admin-loader`],
      });
      assert.deepEqual(
        names(byContext),
        ['app/app.js', 'app/app.css'],
        'the loader brought common',
      );
      assert.deepEqual(await resolve(admin, sandbox, { r: ['com.example.unknown:thing'] }), []);
    });

    test('resources are served with their content types and cache headers', async () => {
      const [common, , loader] = await resolve(admin, sandbox, { c: ['atl.admin'] });
      assert.ok(common && loader);
      const js = await admin.fetch(common.url);
      assert.equal(js.status, 200);
      assert.equal(js.headers.get('content-type'), 'application/javascript;charset=UTF-8');
      assert.match(js.headers.get('cache-control') ?? '', /max-age=31536000/);
      assert.equal(await js.text(), 'window.__sandboxCommon = true;\n');

      const plain = await admin.fetch(`/download/resources/${K}:common/common.css`);
      assert.equal(plain.headers.get('content-type'), 'text/css;charset=UTF-8');
      assert.match(plain.headers.get('cache-control') ?? '', /no-cache/);

      const map = await admin.fetch(`${loader.url}.map`);
      assert.equal(map.status, 200, 'the source map is found next to its script');
      assert.equal(map.headers.get('content-type'), 'application/json;charset=UTF-8');

      const svg = await admin.fetch(`/download/resources/${K}:assets/images/logo.svg`);
      assert.equal(svg.headers.get('content-type'), 'image/svg+xml');
      const data = await admin.fetch(`/download/resources/${K}:assets/data.json`);
      assert.deepEqual(await data.json(), { fake: true });

      assert.equal((await admin.fetch(`/download/resources/${K}:common/nope.js`)).status, 404);
      assert.equal((await admin.fetch(`/download/resources/${K}:nope/common.js`)).status, 404);
    });

    test('the jsI18n transform puts the messages into the script', async () => {
      const js = await (
        await admin.fetch(`/download/resources/${K}:admin-loader/loader.js`)
      ).text();
      assert.match(js, /window\.__loaderLabel = "Support bundle";/);
      assert.match(
        js,
        /window\.__loaderGreeting = AJS\.format\("Hello \{0\}, it''s \{1\}", 'Ada', 'late'\);/,
      );
      assert.match(js, /window\.__loaderQuote = "say \\"hi\\"";/);
      assert.match(
        js,
        /AJS\.I18n\.getText\("support-bundle\.missing"\)/,
        'unknown keys stay as calls',
      );
      const app = await (await admin.fetch(`/download/resources/${K}:app/app.js`)).text();
      assert.match(app, /"Café — crème"/);
    });

    test('the sandbox globals are served as a script', async () => {
      const res = await admin.fetch(
        '/s/sandbox/_/download/resources/com.atlassian.sandbox:globals/globals.js',
      );
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'application/javascript;charset=UTF-8');
      const js = await res.text();
      for (const name of ['AJS.contextPath', 'AJS.format', 'WRM.require', 'WRM.data']) {
        assert.ok(js.includes(`window.${name} =`), name);
      }
    });
  });
}
