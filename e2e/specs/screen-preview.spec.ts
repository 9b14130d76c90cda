/**
 * The preview is the bundle: every file already redacted, each replacement highlighted
 * (pseudonymised IP addresses and hosts too), counted per rule; any file can be left out;
 * "Show what was replaced" puts each original beside its pseudonym on this screen only.
 */
import { test, expect } from '../support/fixtures.ts';
import type { Page } from '@playwright/test';
import type { Sandbox } from '../sandbox/server.ts';
import { downloadBundle, generate, openScreen } from '../support/screen.ts';

const LOG = [
  '2026-11-20 09:14:03,512+0000 http-nio-8080-exec-17 ERROR ada.fakeadmin 554x1234x1 1q9fakz 10.0.7.12 /rest/api/2/search',
  '2026-11-20 09:14:05,004+0000 Caesium-1-3 WARN [c.v.j.Sync] node jira-node-2.fake-corp.example.test did not answer',
].join('\n');

interface Report {
  files: { path: string; counts: Record<string, number> }[];
}

/** Opens the screen, adds the sample log and generates a bundle. */
async function generateWithLog(page: Page, sandbox: Sandbox): Promise<void> {
  await openScreen(page, sandbox);
  await page.getByTestId('file-input').setInputFiles({
    name: 'atlassian-jira.log',
    mimeType: 'text/plain',
    buffer: Buffer.from(LOG),
  });
  await generate(page);
}

test('every file is shown redacted, with replacements highlighted and counted per rule', async ({
  page,
  sandbox,
}) => {
  await generateWithLog(page, sandbox);
  const bundle = await downloadBundle(page);

  // Every file of the bundle is listed, the ones the bundle writes itself too.
  const listed = page.getByTestId('bundle-files');
  for (const path of bundle.texts.keys()) {
    await expect(listed.getByRole('button', { name: path, exact: true })).toBeVisible();
  }
  await listed.getByRole('button', { name: 'manifest.json', exact: true }).click();
  await expect(page.getByTestId('preview-content')).toHaveText(
    bundle.texts.get('manifest.json') ?? '',
  );

  await listed.getByRole('button', { name: 'files/atlassian-jira.log' }).click();
  const text = page.getByTestId('preview-content');
  await expect(text).toHaveText(bundle.texts.get('files/atlassian-jira.log') ?? '');
  const marks = await text.locator('mark').allInnerTexts();
  // The pseudonymised address still looks like an address: only the worker's tokens find it.
  expect(marks.some((mark) => /^\d+\.\d+\.\d+\.\d+$/.test(mark))).toBe(true);
  expect(marks.some((mark) => mark.startsWith('host-'))).toBe(true);
  expect(marks.some((mark) => mark.startsWith('user-'))).toBe(true);

  const report = JSON.parse(bundle.texts.get('redaction-report.json') ?? '{}') as Report;
  const counts = report.files.find((f) => f.path === 'files/atlassian-jira.log')?.counts ?? {};
  expect(Object.keys(counts).length).toBeGreaterThan(0);
  for (const [rule, n] of Object.entries(counts)) {
    if (n > 0) await expect(page.getByTestId(`rule-count-${rule}`)).toHaveText(`${rule} ${n}`);
  }
});

test('"Show what was replaced" shows originals here, never in the bundle', async ({
  page,
  sandbox,
}) => {
  await generateWithLog(page, sandbox);
  await page.getByRole('button', { name: 'files/atlassian-jira.log' }).click();
  const preview = page.getByTestId('preview-text');
  await expect(preview).not.toContainText('ada.fakeadmin');

  await page.getByTestId('show-replaced').click();
  await expect(page.getByTestId('show-replaced')).toHaveAttribute('aria-pressed', 'true');
  await expect(preview.getByTestId('original').first()).toBeVisible();
  await expect(preview.getByTestId('preview-content')).toContainText('ada.fakeadmin');
  await expect(page.getByTestId('replaced-table')).toContainText('10.0.7.12');
  await expect(page.getByTestId('replaced-table')).toContainText('Visible only to you');

  const bundle = await downloadBundle(page);
  for (const [path, content] of bundle.texts) {
    expect(content, path).not.toContain('ada.fakeadmin');
    expect(content, path).not.toContain('10.0.7.12');
  }
});

test('a file left out is not in the downloaded bundle, and can be put back', async ({
  page,
  sandbox,
}) => {
  await openScreen(page, sandbox);
  await generate(page);
  const summary = page.getByTestId('result-summary');
  const before = await summary.innerText();

  await page.getByRole('checkbox', { name: 'Include: jira/licence.json' }).uncheck();
  await expect(summary).not.toHaveText(before);
  await expect(page.getByTestId('result-left-out')).toContainText('files you excluded 1');
  let bundle = await downloadBundle(page);
  expect(bundle.manifest.files.map((f) => f.path)).not.toContain('jira/licence.json');
  expect(bundle.texts.has('jira/licence.json')).toBe(false);
  expect(bundle.mismatches).toEqual([]);

  await page.getByRole('checkbox', { name: 'Include: jira/licence.json' }).check();
  await expect(summary).toHaveText(before);
  bundle = await downloadBundle(page);
  expect(bundle.manifest.files.map((f) => f.path)).toContain('jira/licence.json');
});
