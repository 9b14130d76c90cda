/**
 * Who meets what: a plain user is denied, an anonymous visitor is sent to log in, neither
 * causes a single data request; an admin whose secure session (websudo) has lapsed is asked
 * for the password and comes back to the screen. On every other admin page the loader
 * stays idle: no request, no change to the page.
 */
import type { Browser, Page, Request } from '@playwright/test';
import { test, expect, logIn, passWebsudo } from '../support/fixtures.ts';
import { mutations, watchMutations } from '../support/page-watch.ts';
import { generate, openScreen, restCallsSince, SCREEN_PATH, sourceRow } from '../support/screen.ts';
import type { Sandbox } from '../sandbox/server.ts';

const PLUGIN_KEY = 'com.vilisoft.jira.support-bundle';
const WEBSUDO_FIELD = '#login-form-authenticatePassword';

function paths(requests: readonly Request[]): string[] {
  return requests.map((request) => new URL(request.url()).pathname);
}

/** Data requests (REST) and the screen's own code (app chunk, worker) among `requests`. */
function screenActivity(requests: readonly Request[]): string[] {
  return paths(requests).filter(
    (path) =>
      path.includes('/rest/') ||
      path.includes(`${PLUGIN_KEY}:support-bundle-app`) ||
      path.includes(`${PLUGIN_KEY}:support-bundle-worker`),
  );
}

test('a plain user gets Access denied and not one data request', async ({
  page,
  sandbox,
  traffic,
}) => {
  await logIn(page, sandbox, 'user');
  const from = traffic.requests.length;
  const response = await page.goto(`${sandbox.url}${SCREEN_PATH}`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Access denied' })).toBeVisible();
  await expect(page.getByTestId('support-bundle-screen')).toHaveCount(0);
  expect(screenActivity(traffic.requests.slice(from))).toEqual([]);
});

test('an anonymous visitor is sent to log in, with not one data request', async ({
  page,
  sandbox,
  traffic,
}) => {
  await page.goto(`${sandbox.url}${SCREEN_PATH}`);
  const url = new URL(page.url());
  expect(url.pathname).toBe(`${sandbox.contextPath}/login.jsp`);
  expect(url.searchParams.get('permissionViolation')).toBe('true');
  expect(url.searchParams.get('os_destination')).toContain('/secure/admin/ViewSystemInfo.jspa');
  await expect(page.locator('#login-form-username')).toBeVisible();
  await expect(page.getByTestId('support-bundle-screen')).toHaveCount(0);
  expect(screenActivity(traffic.requests)).toEqual([]);
});

test.describe('an admin whose secure administrator session has lapsed', { tag: '@sandbox' }, () => {
  test('is asked for the password on the way in, then lands on the screen', async ({
    page,
    sandbox,
    traffic,
  }) => {
    await openScreen(page, sandbox);
    await page.goto(`${sandbox.url}/secure/Dashboard.jspa`);
    sandbox.clock.advanceMinutes(11);

    const from = traffic.requests.length;
    await page.goto(`${sandbox.url}${SCREEN_PATH}`);
    await expect(page.locator(WEBSUDO_FIELD)).toBeVisible();
    expect(screenActivity(traffic.requests.slice(from))).toEqual([]);
    await passWebsudo(page, sandbox);
    await expect(page.getByTestId('support-bundle-screen')).toBeVisible();
  });

  test('with the screen open: websudo-protected rows ask for the password, Retry works after it', async ({
    page,
    sandbox,
  }) => {
    await openScreen(page, sandbox);
    sandbox.clock.advanceMinutes(11);
    await generate(page);

    const licence = sourceRow(page, 'licence');
    await expect(licence).toContainText('Failed');
    await expect(licence).toContainText(/secure administrator session/i);
    await expect(licence).toContainText(/confirm your administrator password/i);
    await expect(sourceRow(page, 'configuration')).toContainText('Collected');

    // The admin confirms the password in another tab, as Jira's own prompt asks.
    const other = await page.context().newPage();
    await other.goto(`${sandbox.url}/secure/admin/WebSudoAuthenticate!default.jspa`);
    await passWebsudo(other, sandbox);
    await other.close();
    const from = sandbox.requests().length;
    await licence.getByRole('button', { name: /retry/i }).click();
    await expect(licence).toContainText('Collected');
    expect(restCallsSince(sandbox, from)).toEqual([
      '/rest/plugins/applications/1.0/installed/jira-software/license',
    ]);
  });
});

const OTHER_ADMIN_PAGES = [
  '/secure/admin/ViewApplicationProperties.jspa',
  '/plugins/servlet/upm',
  '/secure/admin/ViewSystemInfo.jspa',
];

interface PageVisit {
  requests: string[];
  mutations: string[];
  loaderRan: boolean;
  mounted: number;
}

/** One cold visit of an admin page as the admin, in a fresh context (nothing cached). */
async function visitAsAdmin(
  browser: Browser,
  sandbox: Sandbox,
  adminPage: string,
  loader: 'loaded' | 'blocked',
): Promise<PageVisit> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await watchMutations(page);
    if (loader === 'blocked') {
      await page.route('**/support-bundle-loader.js*', (route) =>
        route.fulfill({ contentType: 'application/javascript', body: '// blocked by the test\n' }),
      );
    }
    await loggedInAdmin(page, sandbox);
    const requests: Request[] = [];
    page.on('request', (request) => void requests.push(request));
    await page.goto(`${sandbox.url}${adminPage}`, { waitUntil: 'load' });
    const seen = await mutations(page);
    const loaderRan = await page.evaluate(
      () =>
        (window as unknown as Record<string, unknown>)['__vilisoftSupportBundleLoader'] === true,
    );
    const mounted = await page.locator('#vilisoft-support-bundle-root').count();
    return {
      // The browser fetches the favicon on its own schedule; the page does not ask for it.
      requests: requests
        .map((r) => `${r.method()} ${r.url()}`)
        .filter((line) => !line.includes('favicon'))
        .sort(),
      mutations: seen,
      loaderRan,
      mounted,
    };
  } finally {
    await context.close();
  }
}

async function loggedInAdmin(page: Page, sandbox: Sandbox): Promise<void> {
  await logIn(page, sandbox, 'admin');
  await page.goto(`${sandbox.url}/plugins/servlet/upm`);
  await passWebsudo(page, sandbox);
}

test.describe('the loader on other admin pages', { tag: '@sandbox' }, () => {
  for (const adminPage of OTHER_ADMIN_PAGES) {
    test(`${adminPage}: makes no request and changes nothing, compared with the loader blocked`, async ({
      browser,
      sandbox,
    }) => {
      const withLoader = await visitAsAdmin(browser, sandbox, adminPage, 'loaded');
      const without = await visitAsAdmin(browser, sandbox, adminPage, 'blocked');

      expect(withLoader.loaderRan, 'the loader ran on the page').toBe(true);
      expect(without.loaderRan, 'the loader was blocked').toBe(false);
      expect(withLoader.requests).toEqual(without.requests);
      expect(withLoader.mutations.length, 'mutations seen (the watch works)').toBeGreaterThan(0);
      expect(withLoader.mutations).toEqual(without.mutations);
      expect(withLoader.mounted).toBe(0);
    });
  }
});

test('on another admin page the screen code is never fetched and nothing is mounted', async ({
  page,
  sandbox,
  traffic,
}) => {
  await loggedInAdmin(page, sandbox);
  const from = traffic.requests.length;
  await page.goto(`${sandbox.url}/secure/admin/ViewApplicationProperties.jspa`, {
    waitUntil: 'load',
  });
  const fetched = paths(traffic.requests.slice(from)).filter((path) => path.includes(PLUGIN_KEY));
  expect(fetched.filter((path) => !path.includes('support-bundle-loader'))).toEqual([]);
  await expect(page.locator('#vilisoft-support-bundle-root')).toHaveCount(0);
});
