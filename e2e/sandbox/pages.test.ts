import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from './http.ts';
import type { Sandbox } from './server.ts';
import { scriptTags, startTestSandbox, TestClient } from './test-support/client.ts';
import { TEST_PLUGIN_KEY } from './test-support/test-plugin-jar.ts';

const ADMIN_PAGES = [
  '/secure/admin/ViewSystemInfo.jspa',
  '/secure/admin/ViewApplicationProperties.jspa',
  '/plugins/servlet/upm',
];

function meta(html: string, name: string): string | undefined {
  return new RegExp(`<meta name="${name.replace(/\./g, '\\.')}" content="([^"]*)">`).exec(
    html,
  )?.[1];
}

for (const contextPath of ['/jira', '']) {
  describe(`pages with context path "${contextPath}"`, () => {
    let sandbox: Sandbox;
    let admin: TestClient;
    before(async () => {
      sandbox = await startTestSandbox({ contextPath });
      admin = await new TestClient(sandbox).asAdminWithWebSudo();
    });
    after(() => sandbox.close());

    test('every HTML page has the CSP and no inline script', async () => {
      const user = new TestClient(sandbox);
      await user.login('user');
      const anonymous = new TestClient(sandbox);
      const loggedIn = new TestClient(sandbox);
      await loggedIn.login('admin');
      const pages: Array<[TestClient, string]> = [
        [anonymous, '/login.jsp'],
        [anonymous, '/login.jsp?permissionViolation=true&os_destination=%2Fx'],
        [anonymous, '/secure/Dashboard.jspa'],
        [anonymous, '/no/such/page'],
        [loggedIn, '/secure/admin/WebSudoAuthenticate!default.jspa?webSudoDestination=%2Fx'],
        [user, '/secure/Dashboard.jspa'],
        [user, ADMIN_PAGES[0] ?? ''],
        ...ADMIN_PAGES.map((p): [TestClient, string] => [admin, p]),
        [new TestClient(sandbox), '/logout'],
      ];
      for (const [client, path] of pages) {
        const res = await client.fetch(path);
        assert.match(res.headers.get('content-type') ?? '', /^text\/html/, path);
        assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, path);
        const html = await res.text();
        for (const script of scriptTags(html)) {
          assert.ok(script.hasSrc && script.body.trim() === '', `${path}: ${script.tag}`);
        }
        assert.doesNotMatch(html, /\son[a-z]+="/i, `${path}: no inline event handlers`);
        assert.doesNotMatch(
          html,
          /https?:\/\/(?!127\.0\.0\.1)[^"]*\.(js|css)"/,
          `${path}: no external assets`,
        );
      }
    });

    test("admin pages carry Jira's meta tags and the atl.admin resources", async () => {
      const html = await (await admin.fetch(ADMIN_PAGES[0] ?? '')).text();
      assert.equal(meta(html, 'ajs-context-path'), contextPath);
      assert.equal(meta(html, 'ajs-base-url'), sandbox.url);
      assert.equal(meta(html, 'ajs-remote-user'), 'admin');
      assert.equal(meta(html, 'ajs-remote-user-fullname'), 'Ada Fakeadmin');
      assert.equal(meta(html, 'ajs-version-number'), '9.12.15');
      assert.equal(meta(html, 'ajs-build-number'), '9120015');
      assert.equal(meta(html, 'decorator'), 'atl.admin');
      assert.ok(meta(html, 'atlassian-token'));
      const srcs = scriptTags(html).map((s) => /src="([^"]+)"/.exec(s.tag)?.[1] ?? '');
      assert.match(
        srcs[0] ?? '',
        /com\.atlassian\.sandbox:globals\/globals\.js$/,
        'globals come first',
      );
      assert.ok(srcs.some((s) => s.endsWith(`${TEST_PLUGIN_KEY}:common/common.js`)));
      assert.ok(srcs.some((s) => s.endsWith(`${TEST_PLUGIN_KEY}:admin-loader/loader.js`)));
      assert.ok(!srcs.some((s) => s.includes(':general/')), 'atl.general is not an admin context');
      assert.ok(!srcs.some((s) => s.includes(':app/')), 'the app loads on demand only');
      assert.match(html, /<section class="aui-page-panel-content">/);
    });

    test('the dashboard loads atl.general only', async () => {
      const html = await (await admin.fetch('/secure/Dashboard.jspa')).text();
      assert.equal(meta(html, 'decorator'), undefined);
      assert.match(html, new RegExp(`${TEST_PLUGIN_KEY}:general/general\\.js`));
      assert.doesNotMatch(html, /admin-loader/);
    });

    test("the sidebar shows the plugin's web-items where Jira would", async () => {
      const html = await (await admin.fetch(ADMIN_PAGES[0] ?? '')).text();
      const link = /<a id="vilisoft-support-bundle-link"[^>]*href="([^"]+)"[^>]*>([^<]+)<\/a>/.exec(
        html,
      );
      assert.ok(link, 'the sysadmin sees the web-item');
      assert.equal(
        link[1],
        `${contextPath}/secure/admin/ViewSystemInfo.jspa#vilisoft-support-bundle`,
      );
      assert.equal(link[2], 'Support bundle', 'the label comes from the i18n file');
      const order = ['General configuration', 'System info', 'Support bundle', 'Instrumentation'];
      const positions = order.map((label) => html.indexOf(`>${label}</a>`));
      assert.deepEqual(
        [...positions].sort((a, b) => a - b),
        positions,
        'sorted by weight',
      );
      assert.match(html, /<strong>Vilisoft tools<\/strong>/, "the plugin's own web-section");
      assert.match(html, /id="vilisoft-about-link"/);
      assert.doesNotMatch(html, /Too deep/, 'a three-level section makes the item vanish');
      assert.match(html, /aria-current="page">System info</);
    });

    test('Manage apps lists our plugin under the Manage apps tab', async () => {
      const html = await (await admin.fetch('/plugins/servlet/upm')).text();
      assert.match(html, new RegExp(`data-key="${TEST_PLUGIN_KEY}"`));
      assert.match(html, /aria-current="page">Manage apps</);
      assert.doesNotMatch(
        html,
        /vilisoft-support-bundle-link/,
        'that item lives in the System tab',
      );
    });

    test('the root of the server leads to the dashboard', async () => {
      const res = await fetch(`${sandbox.origin}/`, { redirect: 'manual' });
      assert.equal(res.status, 302);
      if (contextPath) assert.equal(res.headers.get('location'), `${contextPath}/`);
      else assert.equal(res.headers.get('location'), '/secure/Dashboard.jspa');
    });
  });
}
