/**
 * Takes the README's screenshots of the screen's main states in the Jira DC sandbox:
 *   node --import tsx scripts/screenshots.ts [outDir]
 * Run `npm run build` first.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright';
import { startSandbox, LOGINS } from '../e2e/sandbox/server.ts';
import { chromiumLaunchOptions } from '../e2e/support/chromium.ts';
import { findPluginJar } from '../e2e/support/plugin-jar.ts';

const outDir = process.argv[2] ?? 'docs/screenshots';

async function logInAsAdmin(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/login.jsp`);
  await page.fill('#login-form-username', LOGINS.admin.username);
  await page.fill('#login-form-password', LOGINS.admin.password);
  await page.click('#login-form-submit');
  await page.goto(`${url}/secure/admin/ViewSystemInfo.jspa#vilisoft-support-bundle`);
  const websudo = page.locator('#login-form-authenticatePassword');
  if (await websudo.isVisible()) {
    await websudo.fill(LOGINS.admin.password);
    await page.click('#login-form-submit');
    await page.goto(`${url}/secure/admin/ViewSystemInfo.jspa#vilisoft-support-bundle`);
  }
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const sandbox = await startSandbox({ port: 0, contextPath: '/jira', pluginJar: findPluginJar() });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logInAsAdmin(page, sandbox.url);
    await page.getByTestId('generate').waitFor();
    await page.getByTestId('file-input').setInputFiles({
      name: 'atlassian-jira.log',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        '2026-11-20 09:14:03,512+0000 http-nio-8080-exec-17 url: /jira/rest/api/2/search; user: ada.fakeadmin ERROR ada.fakeadmin 554x1234x1 1q9fakz 10.0.7.12 /rest/api/2/search [c.a.j.issue.search.SearchException] Search failed for ada.fakeadmin@fake-corp.example.test\n',
      ),
    });
    await page.screenshot({ path: join(outDir, '1-choose.png'), fullPage: true });
    await page.getByTestId('generate').click();
    await page.getByTestId('result').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'files/atlassian-jira.log' }).click();
    await page.getByTestId('preview-text').waitFor();
    await page.screenshot({ path: join(outDir, '2-preview.png'), fullPage: true });
    await page.getByTestId('show-replaced').click();
    await page.getByTestId('preview-text').screenshot({ path: join(outDir, '3-replaced.png') });
    await writeFile(join(outDir, '.taken'), new Date().toISOString());
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
