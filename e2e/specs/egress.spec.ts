/**
 * Zero egress, proven in the browser: the screen works under Jira's strict Content Security
 * Policy without breaking it, sends no beacon, and the report.html inside the bundle opens
 * with the network switched off and asks for nothing.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Request } from '@playwright/test';
import { test, expect } from '../support/fixtures.ts';
import { isBeacon } from '../support/egress.ts';
import { cspViolations, watchCspViolations } from '../support/page-watch.ts';
import { downloadBundle, generate, openScreen, SCREEN_PATH } from '../support/screen.ts';

/** `name value…` pairs of a CSP header, by directive name. */
function parseCsp(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of header.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

test(
  "the sandbox serves admin pages under a CSP as strict as a locked-down Jira's",
  { tag: '@sandbox' },
  async ({ page, sandbox }) => {
    await openScreen(page, sandbox);
    const response = await page.request.get(`${sandbox.url}${SCREEN_PATH.split('#')[0]}`);
    const header = response.headers()['content-security-policy'] ?? '';
    const csp = parseCsp(header);
    expect(csp.get('script-src'), header).toEqual(["'self'"]);
    expect(csp.get('connect-src'), header).toEqual(["'self'"]);
    expect(csp.get('worker-src'), header).toEqual(expect.arrayContaining(["'self'", 'blob:']));
    expect(header).not.toContain('unsafe-eval');
    const inlineScripts = await page.locator('script:not([src])').count();
    expect(inlineScripts, 'inline <script> elements on the page').toBe(0);
  },
);

test('the screen works under the admin page CSP and violates none of it', async ({
  page,
  sandbox,
  traffic,
}) => {
  const cspConsole: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) cspConsole.push(message.text());
  });
  await watchCspViolations(page);
  await openScreen(page, sandbox);

  // Everything the admin does: generate, read a file, download.
  await generate(page);
  await page
    .getByTestId('bundle-files')
    .getByRole('button', { name: 'jira/current-user.json' })
    .click();
  await expect(page.getByTestId('preview-text')).toBeVisible();
  await page.getByTestId('show-replaced').click();
  const bundle = await downloadBundle(page);
  expect(bundle.manifest.files.length).toBeGreaterThan(3);

  expect(await cspViolations(page), 'CSP violations reported by the page').toEqual([]);
  expect(cspConsole, 'CSP messages in the console').toEqual([]);
  const root = page.locator('#vilisoft-support-bundle-root');
  expect(await root.locator('script:not([src])').count(), 'inline scripts in the screen').toBe(0);

  // The watch is live: an inline script, which the product never adds, is caught.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'void 0';
    document.body.append(script);
  });
  await expect
    .poll(async () => (await cspViolations(page)).map((v) => v.directive))
    .toContain('script-src-elem');
  expect(traffic.webSockets).toEqual([]);
});

/** Requests the bundle worker made: its fetches carry the worker script as referrer. */
function fromWorker(request: Request): boolean {
  return (request.headers()['referer'] ?? '').includes('support-bundle-worker');
}

test("the worker's calls to Jira are all same-origin GETs, and nothing is beaconed", async ({
  page,
  sandbox,
  traffic,
}) => {
  await openScreen(page, sandbox);
  const from = traffic.requests.length;
  await generate(page);
  await downloadBundle(page);
  const made = traffic.requests.slice(from);
  const workerCalls = made.filter(fromWorker);
  expect(workerCalls.length, 'calls the worker made to Jira').toBeGreaterThan(5);
  expect(
    workerCalls
      .filter((request) => request.method() !== 'GET' || !request.url().startsWith(sandbox.origin))
      .map((request) => `${request.method()} ${request.url()}`),
  ).toEqual([]);
  expect(made.filter(isBeacon).map((request) => request.url())).toEqual([]);
});

test(
  'on the sandbox page every REST call but the WRM resolver is a GET',
  { tag: '@sandbox' },
  async ({ page, sandbox, traffic }) => {
    // The sandbox page runs no Jira code of its own, so every other call is the product's.
    await openScreen(page, sandbox);
    const from = traffic.requests.length;
    await generate(page);
    await downloadBundle(page);
    const notGet = traffic.requests
      .slice(from)
      .filter((request) => new URL(request.url()).pathname.includes('/rest/'))
      .filter((request) => request.method() !== 'GET')
      .map((request) => `${request.method()} ${request.url()}`);
    // WRM's resource resolver is Jira's own loader (POST by design), asked for the screen's chunk.
    expect(notGet.filter((line) => !line.includes('/rest/wrm/'))).toEqual([]);
  },
);

test('a beacon is seen by the traffic record (the zero-beacon check can fail)', async ({
  browser,
  sandbox,
}) => {
  // A separate context, so the deliberate beacon does not fail this test's own egress check.
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen: Request[] = [];
  page.on('request', (request) => seen.push(request));
  await page.goto(`${sandbox.url}/login.jsp`);
  await page.evaluate(() => navigator.sendBeacon(`${location.origin}/beacon-canary`, 'canary'));
  await expect.poll(() => seen.filter(isBeacon).length).toBe(1);
  await context.close();
});

test('report.html opens from a file with the network off and asks for nothing', async ({
  page,
  sandbox,
  browser,
}, testInfo) => {
  await openScreen(page, sandbox);
  await generate(page);
  const bundle = await downloadBundle(page);
  const report = bundle.texts.get('report.html');
  expect(report, 'report.html in the bundle').toBeDefined();
  const file = testInfo.outputPath('unzipped', 'report.html');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, report ?? '');

  const offline = await browser.newContext({ offline: true });
  const fileUrl = pathToFileURL(file).href;
  const attempts: string[] = [];
  // Only the report itself may load; anything else it asks for is recorded and refused.
  await offline.route('**/*', (route) => {
    if (route.request().url() === fileUrl) return route.continue();
    attempts.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  const reader = await offline.newPage();
  const requests: string[] = [];
  reader.on('request', (request) => requests.push(request.url()));
  await reader.goto(fileUrl);
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('Support bundle');
  await expect(reader.locator('#log')).toBeVisible();
  await reader.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(requests.filter((url) => url !== fileUrl)).toEqual([]);
  expect(attempts).toEqual([]);
  await offline.close();
});
