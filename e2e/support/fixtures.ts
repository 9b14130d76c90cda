/**
 * Playwright fixtures: one Jira DC sandbox per worker (with the project's context path),
 * a record of every request the page makes, and helpers to log in as Jira users do.
 */
import { test as base, expect, type Page, type Request } from '@playwright/test';
import { startSandbox, LOGINS, type Sandbox } from '../sandbox/server.ts';
import { findPluginJar } from './plugin-jar.ts';

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

export const test = base.extend<TestFixtures, WorkerFixtures>({
  contextPath: ['/jira', { option: true, scope: 'worker' }],
  sandbox: [
    async ({ contextPath }, use) => {
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
    // Zero egress: every request the page made stayed on the sandbox's origin.
    const foreign = traffic.requests
      .map((request) => request.url())
      .filter(
        (url) =>
          !url.startsWith(sandbox.origin + '/') &&
          !url.startsWith('blob:') &&
          !url.startsWith('data:'),
      );
    expect(foreign, 'requests to another origin').toEqual([]);
    expect(traffic.webSockets, 'WebSockets opened').toEqual([]);
  },
});

export { expect };

export type Login = keyof typeof LOGINS;

export async function logIn(page: Page, sandbox: Sandbox, who: Login): Promise<void> {
  const { username, password } = LOGINS[who];
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
    await field.fill(LOGINS.admin.password);
    await page.click('#login-form-submit');
    await page.waitForLoadState('domcontentloaded');
  }
  void sandbox;
}
