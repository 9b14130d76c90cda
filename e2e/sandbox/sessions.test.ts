import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Sandbox } from './server.ts';
import { LOGINS } from './server.ts';
import { startTestSandbox, TestClient } from './test-support/client.ts';

const SYSTEM_INFO = '/secure/admin/ViewSystemInfo.jspa';

for (const contextPath of ['/jira', '']) {
  describe(`log-in, websudo and denial with context path "${contextPath}"`, () => {
    let sandbox: Sandbox;
    before(async () => {
      sandbox = await startTestSandbox({ contextPath });
    });
    after(() => sandbox.close());

    test('the log-in page has the fields Jira uses', async () => {
      const page = await new TestClient(sandbox).fetch('/login.jsp');
      assert.equal(page.status, 200);
      const html = await page.text();
      for (const id of ['login-form-username', 'login-form-password', 'login-form-submit']) {
        assert.match(html, new RegExp(`id="${id}"`));
      }
      assert.match(html, /name="os_username"/);
      assert.match(html, /name="os_password"/);
    });

    test('anonymous on an admin page is sent to log in with the destination', async () => {
      const res = await new TestClient(sandbox).fetch(`${SYSTEM_INFO}?a=1`);
      assert.equal(res.status, 302);
      const location = new URL(res.headers.get('location') ?? '', sandbox.origin);
      assert.equal(location.pathname, `${contextPath}/login.jsp`);
      assert.equal(location.searchParams.get('permissionViolation'), 'true');
      assert.equal(location.searchParams.get('os_destination'), `${SYSTEM_INFO}?a=1`);
    });

    test('a correct log-in sets an HttpOnly, SameSite=Lax session cookie and follows os_destination', async () => {
      const client = new TestClient(sandbox);
      const res = await client.login('admin', SYSTEM_INFO);
      assert.equal(res.status, 302);
      assert.equal(res.headers.get('location'), `${contextPath}${SYSTEM_INFO}`);
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('JSESSIONID='));
      assert.ok(cookie);
      assert.match(cookie, /; HttpOnly/);
      assert.match(cookie, /; SameSite=Lax/);
      assert.match(cookie, new RegExp(`; Path=${contextPath || '/'}(;|$)`));
      const myself = await client.fetch('/rest/api/2/myself');
      assert.equal(((await myself.json()) as { name: string }).name, LOGINS.admin.username);
    });

    test('a log-in cannot redirect to another site', async () => {
      const res = await new TestClient(sandbox).login('admin', '//evil.example.test/x');
      assert.equal(res.headers.get('location'), `${contextPath}/secure/Dashboard.jspa`);
    });

    test('a wrong password shows an error and gives no session', async () => {
      const client = new TestClient(sandbox);
      const res = await client.postForm('/login.jsp', {
        os_username: LOGINS.admin.username,
        os_password: 'wrong-FAKE',
        os_destination: SYSTEM_INFO,
      });
      assert.equal(res.status, 200);
      assert.match(await res.text(), /username and password are incorrect/);
      assert.equal(client.cookie('JSESSIONID'), undefined);
      assert.equal((await client.fetch('/rest/api/2/myself')).status, 401);
    });

    test('a sysadmin without websudo is sent to the websudo form, then back', async () => {
      const client = new TestClient(sandbox);
      await client.login('admin');
      const res = await client.fetch(SYSTEM_INFO);
      assert.equal(res.status, 302);
      const location = new URL(res.headers.get('location') ?? '', sandbox.origin);
      assert.equal(
        location.pathname,
        `${contextPath}/secure/admin/WebSudoAuthenticate!default.jspa`,
      );
      assert.equal(location.searchParams.get('webSudoDestination'), SYSTEM_INFO);

      const form = await (await client.fetch(location.href)).text();
      assert.match(form, /id="login-form-authenticatePassword"/);
      assert.match(form, /id="login-form-submit"/);

      const wrong = await client.postForm('/secure/admin/WebSudoAuthenticate.jspa', {
        webSudoPassword: 'wrong-FAKE',
        webSudoDestination: SYSTEM_INFO,
        atl_token: /name="atl_token" value="([^"]*)"/.exec(form)?.[1] ?? '',
      });
      assert.match(await wrong.text(), /password you entered is incorrect/);

      const ok = await client.webSudo(SYSTEM_INFO);
      assert.equal(ok.status, 302);
      assert.equal(ok.headers.get('location'), `${contextPath}${SYSTEM_INFO}`);
      assert.equal((await client.fetch(SYSTEM_INFO)).status, 200);
    });

    test('the websudo window lasts 10 minutes and rolls with each admin page', async () => {
      const client = await new TestClient(sandbox).asAdminWithWebSudo();
      sandbox.clock.advanceMinutes(9);
      assert.equal((await client.fetch(SYSTEM_INFO)).status, 200);
      sandbox.clock.advanceMinutes(9);
      assert.equal(
        (await client.fetch(SYSTEM_INFO)).status,
        200,
        'the visit 9 minutes ago renewed it',
      );
      sandbox.clock.advanceMinutes(11);
      assert.equal((await client.fetch(SYSTEM_INFO)).status, 302);
    });

    test('a plain user gets the access-denied page without admin chrome or plugin code', async () => {
      const client = new TestClient(sandbox);
      await client.login('user');
      for (const path of [
        SYSTEM_INFO,
        '/secure/admin/ViewApplicationProperties.jspa',
        '/plugins/servlet/upm',
      ]) {
        const res = await client.fetch(path);
        assert.equal(res.status, 403, path);
        const html = await res.text();
        assert.match(html, /Access denied/);
        assert.match(html, /administrator/);
        assert.doesNotMatch(html, /<script/);
        assert.doesNotMatch(html, /aui-page-panel-nav|admin-tabs/);
        assert.doesNotMatch(html, /com\.vilisoft/);
      }
      const denied = await client.fetch('/secure/admin/WebSudoAuthenticate!default.jspa');
      assert.equal(denied.status, 403);
    });

    test('log-out ends the session', async () => {
      const client = new TestClient(sandbox);
      await client.login('admin');
      const res = await client.fetch('/logout');
      assert.match(await res.text(), /logged out/);
      assert.equal((await client.fetch('/rest/api/2/myself')).status, 401);
    });
  });
}
