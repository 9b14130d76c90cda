/**
 * Before anything is built the admin sees what each choice costs and sets the limits:
 * estimated size per source and in total, per-file cap (a log keeps its newest part), log
 * time window and total cap. The limits they set are the ones the bundle is made with.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures.ts';
import { downloadBundle, generate, openScreen, sourceRow } from '../support/screen.ts';

const MB = 1024 * 1024;

/** A log whose entries are one hour apart, padded to about `bytes`. */
function hourlyLog(hours: number, bytes: number): Buffer {
  const pad = 'x'.repeat(Math.max(0, Math.floor(bytes / hours) - 80));
  const lines = Array.from({ length: hours }, (_, i) => {
    const hour = String(i).padStart(2, '0');
    return `2026-11-20 ${hour}:00:00,000+0000 main INFO [c.v.j.Sync] entry ${i} ${pad}`;
  });
  return Buffer.from(lines.join('\n') + '\n');
}

async function addFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/plain', buffer });
}

function total(page: Page) {
  return page.getByTestId('estimate-total');
}

test('each source shows its estimated size, and the total follows the choices', async ({
  page,
  sandbox,
}) => {
  await openScreen(page, sandbox);
  await expect(page.getByTestId('estimate-installed-apps')).toHaveText(/\d+(\.\d)? KB/);
  await expect(page.getByTestId('estimate-server-info')).toHaveText(/\d+ B/);
  await expect(total(page)).toContainText('Estimated size:');
  await expect(total(page)).toContainText('of at most 250 MB');

  const before = await total(page).innerText();
  await sourceRow(page, 'installed-apps').getByRole('checkbox').uncheck();
  await expect(total(page)).not.toHaveText(before);
  // An unchosen source still shows what it would cost.
  await expect(page.getByTestId('estimate-installed-apps')).toHaveText(/KB/);

  await addFile(page, 'atlassian-jira.log', hourlyLog(4, 3 * MB));
  await expect(total(page)).toContainText('3.');
  await page.getByTestId('limit-maxTotalMb').fill('1');
  await expect(total(page)).toContainText('Over the total cap');
});

test('a log over the per-file cap keeps its newest part, and the window keeps recent hours', async ({
  page,
  sandbox,
}) => {
  await openScreen(page, sandbox);
  await addFile(page, 'atlassian-jira.log', hourlyLog(10, 3 * MB));
  const row = page.getByTestId('added-file-atlassian-jira.log');
  await expect(row).toContainText('goes in whole');

  await page.getByTestId('limit-maxFileMb').fill('1');
  await expect(row).toContainText('its newest 1.0 MB goes in');
  await page.getByTestId('limit-logWindowHours').fill('2');

  await generate(page);
  const bundle = await downloadBundle(page);
  const log = bundle.texts.get('files/atlassian-jira.log') ?? '';
  expect(log.length).toBeGreaterThan(0);
  expect(log.length).toBeLessThanOrEqual(MB);
  // Entries 7, 8 and 9 are within two hours of the newest; older ones are left out.
  expect(log).toContain('entry 9 ');
  expect(log).toContain('entry 7 ');
  expect(log).not.toContain('entry 6 ');
});

test('a rotated .gz log is unpacked, redacted and bundled under its name without .gz', async ({
  page,
  sandbox,
}) => {
  await openScreen(page, sandbox);
  const log = Buffer.concat([
    hourlyLog(3, 4096),
    Buffer.from('2026-11-20 02:30:00,000+0000 main INFO connecting password=FAKEgzPass-4411\n'),
  ]);
  await addFile(page, 'atlassian-jira.log.1.gz', gzipSync(log));
  const row = page.getByTestId('added-file-atlassian-jira.log.1.gz');
  await expect(row).toContainText('goes in whole');

  await generate(page);
  const bundle = await downloadBundle(page);
  const text = bundle.texts.get('files/atlassian-jira.log.1') ?? '';
  expect(text).toContain('entry 2 ');
  expect(text).toContain('[REDACTED:password]');
  expect(text).not.toContain('FAKEgzPass-4411');
  expect(bundle.texts.has('files/atlassian-jira.log.1.gz')).toBe(false);
});

test('a limit that is not a whole number in range is named beside it and blocks Generate', async ({
  page,
  sandbox,
}) => {
  await openScreen(page, sandbox);
  const field = page.getByTestId('limit-logWindowHours');
  await field.fill('1000');
  await expect(page.getByTestId('limits')).toContainText('Enter a whole number from 0 to 720.');
  await expect(page.getByTestId('generate')).toBeDisabled();
  await field.fill('48');
  await expect(page.getByTestId('limits')).not.toContainText('Enter a whole number');
  await expect(page.getByTestId('generate')).toBeEnabled();
});
