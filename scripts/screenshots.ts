/**
 * Takes the README's screenshots of the screen's main states in the Jira DC sandbox:
 *   node --import tsx scripts/screenshots.ts [outDir]
 * Run `npm run build` first.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright';
import { startSandbox, LOGINS, type Sandbox } from '../e2e/sandbox/server.ts';
import { chromiumLaunchOptions } from '../e2e/support/chromium.ts';
import { findPluginJar } from '../e2e/support/plugin-jar.ts';
import { encodeRequest, requestLinkFragment } from '../frontend/src/core/request/index.ts';

const outDir = process.argv[2] ?? 'docs/screenshots';
const SCREEN = '/secure/admin/ViewSystemInfo.jspa';

const LOG_LINES = [
  '2026-11-20 09:14:03,512+0000 http-nio-8080-exec-17 url: /jira/rest/api/2/search; user: ada.fakeadmin ERROR ada.fakeadmin 554x1234x1 1q9fakz 10.0.7.12 /rest/api/2/search [c.a.j.issue.search.SearchException] Search failed for ada.fakeadmin@fake-corp.example.test',
  '2026-11-20 09:14:05,004+0000 Caesium-1-3 WARN ServiceRunner [c.v.j.timeinstatus.sync.SyncJob] Sync of project FALCON stopped: node jira-node-2.fake-corp.example.test (10.0.7.13) did not answer',
  '2026-11-20 09:14:05,118+0000 Caesium-1-3 ERROR ServiceRunner [c.v.j.timeinstatus.sync.SyncJob] Connection to jdbc:postgresql://db.fake-corp.example.test:5432/jira failed; password=FakeSecret123',
];

async function logInAsAdmin(page: Page, sandbox: Sandbox, fragment: string): Promise<void> {
  await page.goto(`${sandbox.url}/login.jsp`);
  await page.fill('#login-form-username', LOGINS.admin.username);
  await page.fill('#login-form-password', LOGINS.admin.password);
  await page.click('#login-form-submit');
  await page.goto(`${sandbox.url}${SCREEN}${fragment}`);
  const websudo = page.locator('#login-form-authenticatePassword');
  if (await websudo.isVisible()) {
    await websudo.fill(LOGINS.admin.password);
    await page.click('#login-form-submit');
    await page.goto(`${sandbox.url}${SCREEN}${fragment}`);
  }
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const sandbox = await startSandbox({ port: 0, contextPath: '/jira', pluginJar: findPluginJar() });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const code = await encodeRequest({
      ticket: 'VS-4821',
      requestedBy: 'Vilisoft support',
      sources: ['server-info', 'cluster-nodes', 'installed-apps', 'vilisoft-apps', 'health-checks'],
      logWindowHours: 24,
      note: 'Time in Status sync fails since the upgrade. Please add atlassian-jira.log.',
    });
    await logInAsAdmin(page, sandbox, requestLinkFragment(code));
    await page.getByTestId('request-banner').waitFor();
    await page.getByTestId('file-input').setInputFiles({
      name: 'atlassian-jira.log',
      mimeType: 'text/plain',
      buffer: Buffer.from(LOG_LINES.join('\n') + '\n'),
    });
    await page.getByTestId('rules-keywords').fill('FALCON');
    await page.getByTestId('added-file-atlassian-jira.log').getByText('goes in whole').waitFor();
    await page.screenshot({ path: join(outDir, '1-choose.png'), fullPage: true });

    // Health checks never answer, so the progress stays on screen for the picture.
    sandbox.faults.set('/rest/troubleshooting', 'hang');
    await page.getByTestId('generate').click();
    await page
      .getByTestId('progress-collect')
      .getByText(/ of \d+/)
      .waitFor();
    await page.getByTestId('progress').scrollIntoViewIfNeeded();
    const box = await page.getByTestId('progress').boundingBox();
    if (!box) throw new Error('The progress panel is not on the page.');
    const clip = { x: box.x - 16, y: box.y - 16, width: box.width + 32, height: box.height + 32 };
    await page.screenshot({ path: join(outDir, '2-progress.png'), clip });
    await page.getByTestId('cancel').click();
    sandbox.faults.clear();

    await page.getByTestId('generate').click();
    await page.getByTestId('result').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'files/atlassian-jira.log' }).click();
    await page.getByTestId('preview-text').waitFor();
    await page.getByTestId('preview-text').scrollIntoViewIfNeeded();
    await page.locator('.vsb-preview').screenshot({ path: join(outDir, '3-preview.png') });
    await page.getByTestId('show-replaced').click();
    // The panel scrolls on its own at 640 px; the picture shows all of it.
    await page.getByTestId('preview-text').evaluate((panel) => (panel.style.maxHeight = 'none'));
    await page.getByTestId('preview-text').screenshot({ path: join(outDir, '4-replaced.png') });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(outDir, '5-ready.png') });
    console.log(`Screenshots written to ${outDir}/`);
  } finally {
    await browser.close();
    await sandbox.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
