/**
 * Playwright fixtures: one Jira DC sandbox per worker (with the project's context path), or
 * the real Jira named by JIRA_BASE_URL (see external-jira.ts); a record of every request the
 * page makes; and helpers to log in as Jira users do.
 */
import { test as base, expect, type Page, type Request } from '@playwright/test';
import { startSandbox, LOGINS, type Sandbox } from '../sandbox/server.ts';
import { findPluginJar } from './plugin-jar.ts';
import { externalJiraFromEnv, externalSandbox, type Credentials } from './external-jira.ts';
import { egressProblems } from './egress.ts';

export interface PageTraffic {
  requests: Request[];
  /** WebSockets opened by the page: the product never opens one. */
  webSockets: string[];
}

interface TestFixtures {
  traffic: PageTraffic;
}

/** Options a Playwright project sets (see playwright.config.ts). */
export interface SandboxOptions {
  contextPath: string;
}

interface WorkerFixtures extends SandboxOptions {
  sandbox: Sandbox;
}

/** Read once: a bad JIRA_BASE_URL stops the run before any test, with what to fix. */
const EXTERNAL_JIRA = externalJiraFromEnv();

export const test = base.extend<TestFixtures, WorkerFixtures>({
  contextPath: ['/jira', { option: true, scope: 'worker' }],
  sandbox: [
    async ({ contextPath }, use) => {
      if (EXTERNAL_JIRA) {
        await use(externalSandbox(EXTERNAL_JIRA));
        return;
      }
      const sandbox = await startSandbox({ port: 0, contextPath, pluginJar: findPluginJar() });
      await use(sandbox);
      await sandbox.close();
    },
    { scope: 'worker' },
  ],
  traffic: async ({ page, sandbox }, use) => {
    sandbox.faults.clear();
    const traffic: PageTraffic = { requests: [], webSockets: [] };
    page.on('request', (request) => traffic.requests.push(request));
    page.on('websocket', (socket) => traffic.webSockets.push(socket.url()));
    await use(traffic);
    // Zero egress: every request stayed on Jira's origin, and none was a beacon.
    // A real Jira's own analytics may beacon to itself (unverified); the sandbox has none.
    const jiraAnalytics = `${sandbox.url}/rest/analytics/`;
    const problems = egressProblems(
      traffic.requests,
      sandbox.origin,
      (url) => Boolean(EXTERNAL_JIRA) && url.startsWith(jiraAnalytics),
    );
    expect(problems.foreign, 'requests to another origin').toEqual([]);
    expect(problems.beacons, 'beacons (navigator.sendBeacon) sent').toEqual([]);
    expect(traffic.webSockets, 'WebSockets opened').toEqual([]);
  },
});

export { expect };

export type Login = keyof typeof LOGINS;

/** The credentials of a sandbox login, or of the real Jira's matching account. */
export function credentials(who: Login): Credentials {
  if (!EXTERNAL_JIRA) return LOGINS[who];
  if (who === 'admin') return EXTERNAL_JIRA.admin;
  if (!EXTERNAL_JIRA.user) {
    throw new Error(
      'This test logs in as a plain user: set JIRA_USER and JIRA_USER_PASSWORD to a Jira user without admin rights.',
    );
  }
  return EXTERNAL_JIRA.user;
}

/** True when the suite runs against a real Jira rather than the sandbox. */
export const AGAINST_REAL_JIRA = EXTERNAL_JIRA !== undefined;

export async function logIn(page: Page, sandbox: Sandbox, who: Login): Promise<void> {
  const { username, password } = credentials(who);
  await page.goto(`${sandbox.url}/login.jsp`);
  await page.fill('#login-form-username', username);
  await page.fill('#login-form-password', password);
  await page.click('#login-form-submit');
  await page.waitForLoadState('domcontentloaded');
}

/** Passes Jira's secure administrator session prompt when it appears. */
export async function passWebsudo(page: Page, sandbox: Sandbox): Promise<void> {
  const field = page.locator('#login-form-authenticatePassword');
  if (await field.isVisible()) {
    await field.fill(credentials('admin').password);
    await page.click('#login-form-submit');
    await page.waitForLoadState('domcontentloaded');
  }
  void sandbox;
}
