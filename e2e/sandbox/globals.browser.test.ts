// The page globals in a real Chromium: AJS/WRM behave as plugins expect, WRM.require loads
// on-demand code under the CSP, and the page makes no request to another origin.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../support/chromium.ts';
import { LOGINS, type Sandbox } from './server.ts';
import { startTestSandbox } from './test-support/client.ts';
import { TEST_PLUGIN_KEY } from './test-support/test-plugin-jar.ts';

for (const contextPath of ['/jira', '']) {
  describe(`globals in Chromium with context path "${contextPath}"`, () => {
    let sandbox: Sandbox;
    let browser: Browser;
    let page: Page;
    const problems: string[] = [];
    const urls: string[] = [];

    before(async () => {
      sandbox = await startTestSandbox({ contextPath });
      browser = await chromium.launch(chromiumLaunchOptions());
      page = await browser.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('request', (r) => urls.push(r.url()));
      page.on('response', (r) => {
        if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
      });
      await page.goto(`${sandbox.url}/secure/admin/ViewSystemInfo.jspa#vilisoft-support-bundle`);
      await page.fill('#login-form-username', LOGINS.admin.username);
      await page.fill('#login-form-password', LOGINS.admin.password);
      await Promise.all([
        page.waitForURL((u) => u.pathname.endsWith('WebSudoAuthenticate!default.jspa')),
        page.click('#login-form-submit'),
      ]);
      await page.fill('#login-form-authenticatePassword', LOGINS.admin.password);
      await Promise.all([
        page.waitForURL((u) => u.pathname.endsWith('/ViewSystemInfo.jspa')),
        page.click('#login-form-submit'),
      ]);
    });
    after(async () => {
      await browser.close();
      await sandbox.close();
    });

    test('the admin page runs the loader with its messages transformed in', async () => {
      const values = await page.evaluate(() => {
        const w = window as unknown as Record<string, unknown>;
        return [
          w['__sandboxCommon'],
          w['__loaderLabel'],
          w['__loaderGreeting'],
          w['__loaderMissing'],
        ];
      });
      assert.deepEqual(values, [
        true,
        'Support bundle',
        "Hello Ada, it's late",
        'support-bundle.missing',
      ]);
    });

    test('AJS offers the context path, params, Meta and format', async () => {
      const values = await page.evaluate(() => {
        const ajs = (
          window as unknown as {
            AJS: Record<string, (...a: unknown[]) => unknown> & {
              params: Record<string, string>;
              Meta: { get(n: string): string };
            };
          }
        ).AJS;
        return [
          ajs.contextPath?.(),
          ajs.params.remoteUser,
          ajs.Meta.get('version-number'),
          ajs.format?.('{0} of {1}', 3, 5),
        ];
      });
      assert.deepEqual(values, [contextPath, 'admin', '9.12.15', '3 of 5']);
    });

    test('WRM.require loads an on-demand web-resource once, and data.claim hands out page data once', async () => {
      const result = await page.evaluate(async (key) => {
        const wrm = (
          window as unknown as {
            WRM: {
              require(k: string | string[]): Promise<void>;
              data: { claim(k: string): unknown };
            };
          }
        ).WRM;
        await wrm.require(`wrc!${key}:app`);
        await wrm.require([`wr!${key}:app`]);
        const scripts = document.querySelectorAll(`script[data-wrm-key="${key}:app"]`).length;
        const commons = document.querySelectorAll(`script[data-wrm-key="${key}:common"]`).length;
        const first = wrm.data.claim('com.atlassian.jira.jira-base-url');
        const second = wrm.data.claim('com.atlassian.jira.jira-base-url');
        return {
          app: (window as unknown as Record<string, unknown>)['__appLoaded'],
          scripts,
          commons,
          first,
          second,
          css: getComputedStyle(document.body).backgroundColor,
        };
      }, TEST_PLUGIN_KEY);
      assert.deepEqual(result, {
        app: 'Café — crème',
        scripts: 1,
        commons: 1,
        first: 'https://jira.fake-corp.example.test',
        second: undefined,
        css: 'rgb(244, 245, 247)',
      });
    });

    test('no CSP violation, no script error, no request to another origin', () => {
      assert.deepEqual(problems, []);
      assert.deepEqual(
        urls.filter((u) => !u.startsWith(`${sandbox.origin}/`)),
        [],
      );
    });
  });
}
