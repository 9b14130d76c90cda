/**
 * The admin's own redaction rules (words and regular expressions, one per line, optionally
 * for some files only), binary files kept only when asked, and a rule the redactor refuses
 * shown beside the box it was typed in, with nothing lost.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures.ts';
import { downloadBundle, generate, openScreen } from '../support/screen.ts';

const LOG = [
  '2026-11-20 09:00:00,000+0000 main INFO [c.v.j.Sync] project Falcon synced for ACME-7781',
  '2026-11-20 09:00:01,000+0000 main INFO [c.v.j.Sync] order cust-55512 done',
].join('\n');
const CONFIG = 'sync.target=Falcon\norder.prefix=cust-55512\n';
/** The start of a Java heap dump: a binary file the redactor cannot read. */
const HPROF = Buffer.concat([Buffer.from('JAVA PROFILE 1.0.2\0'), Buffer.alloc(256, 7)]);

async function addFiles(page: Page): Promise<void> {
  await page.getByTestId('file-input').setInputFiles([
    { name: 'atlassian-jira.log', mimeType: 'text/plain', buffer: Buffer.from(LOG) },
    { name: 'sync.properties', mimeType: 'text/plain', buffer: Buffer.from(CONFIG) },
    { name: 'heap.hprof', mimeType: 'application/octet-stream', buffer: HPROF },
  ]);
}

test('custom words and patterns are replaced, a files: suffix limits a rule to those files', async ({
  page,
  sandbox,
}) => {
  await openScreen(page, sandbox);
  await addFiles(page);
  await page.getByTestId('rules-keywords').fill('falcon');
  await page.getByTestId('rules-patterns').fill('ACME-[0-9]+\n/CUST-\\d+/i files: *.log');

  await generate(page);
  const bundle = await downloadBundle(page);
  const log = bundle.texts.get('files/atlassian-jira.log') ?? '';
  const config = bundle.texts.get('files/sync.properties') ?? '';
  expect(log).not.toMatch(/falcon|ACME-7781|cust-55512/i);
  expect(log).toMatch(/custom-[0-9a-f]+/);
  expect(config).not.toMatch(/falcon/i);
  // The pattern with `files: *.log` leaves the properties file alone.
  expect(config).toContain('cust-55512');

  const report = JSON.parse(bundle.texts.get('redaction-report.json') ?? '{}') as {
    totals: Record<string, number>;
  };
  expect(report.totals['custom:word-1']).toBeGreaterThan(0);
  expect(report.totals['custom:pattern-1']).toBe(1);
  expect(report.totals['custom:pattern-2']).toBe(1);
});

test('a binary file is left out unless the admin keeps it', async ({ page, sandbox }) => {
  await openScreen(page, sandbox);
  await addFiles(page);
  const row = page.getByTestId('added-file-heap.hprof');
  await expect(row).toContainText('binary: it cannot be redacted, so it is left out');
  await expect(page.getByTestId('added-file-atlassian-jira.log')).not.toContainText('binary');

  await generate(page);
  let bundle = await downloadBundle(page);
  expect(bundle.manifest.files.map((f) => f.path)).not.toContain('files/heap.hprof');
  await expect(page.getByTestId('result-left-out')).toContainText('binary files 1');

  await page.getByTestId('start-over').click();
  await page.getByTestId('keep-binary-heap.hprof').check();
  await expect(row).toContainText('goes in as it is, NOT redacted');
  await generate(page);
  bundle = await downloadBundle(page);
  expect(bundle.manifest.files.map((f) => f.path)).toContain('files/heap.hprof');
});

test('a rule the redactor refuses is shown beside its box, and nothing is lost', async ({
  page,
  sandbox,
}) => {
  await openScreen(page, sandbox);
  await addFiles(page);
  await page.getByTestId('rules-keywords').fill('falcon');
  const patterns = page.getByTestId('rules-patterns');
  const error = page.getByTestId('rules-patterns-error');

  await patterns.fill('ACME-[0-9]+\n(unclosed');
  await expect(error).toContainText('Line 2:');
  await expect(error).toContainText('the pattern is not a valid regular expression');
  await expect(patterns).toHaveAttribute('aria-invalid', 'true');

  await patterns.fill('(a+)+$');
  await expect(error).toContainText('Line 1:');
  await expect(error).toContainText('exponential time');

  // Generating anyway stops before collecting anything and keeps every choice.
  await page.getByTestId('generate').click();
  await expect(page.getByTestId('screen-error')).toContainText('custom rules cannot be used');
  await expect(error).toContainText('exponential time');
  await expect(patterns).toHaveValue('(a+)+$');
  await expect(page.getByTestId('rules-keywords')).toHaveValue('falcon');
  await expect(page.getByTestId('added-file-heap.hprof')).toBeVisible();

  await patterns.fill('ACME-[0-9]+');
  await expect(error).toHaveCount(0);
  await generate(page);
  const bundle = await downloadBundle(page);
  expect(bundle.texts.get('files/atlassian-jira.log')).not.toContain('ACME-7781');
});
