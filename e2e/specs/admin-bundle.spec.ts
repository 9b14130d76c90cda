import { test, expect, logIn, passWebsudo } from '../support/fixtures.ts';
import { openBundle } from '../support/bundle-zip.ts';
import { leakedValues } from '../support/planted.ts';

test('an admin opens the screen from the admin menu, generates and downloads a redacted bundle', async ({
  page,
  sandbox,
  traffic,
}) => {
  await logIn(page, sandbox, 'admin');
  await page.goto(`${sandbox.url}/plugins/servlet/upm`);
  await passWebsudo(page, sandbox);

  await page.getByRole('link', { name: 'Support bundle' }).click();
  await passWebsudo(page, sandbox);
  const screen = page.getByTestId('support-bundle-screen');
  await expect(screen).toBeVisible();
  await expect(page.getByTestId('sources-table')).toContainText('Jira server info');

  await page.getByTestId('generate').click();
  await expect(page.getByTestId('result')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('result')).toContainText('Nothing has been sent');

  const downloading = page.waitForEvent('download');
  await page.getByTestId('download').click();
  const bundle = await openBundle(await downloading);

  expect(bundle.fileName).toMatch(/^support-bundle-[a-z0-9-]+-\d{8}T\d{6}Z\.zip$/);
  expect(bundle.manifest.files.length).toBeGreaterThan(3);
  expect(bundle.mismatches, 'files whose hash or size differ from the manifest').toEqual([]);
  expect(bundle.unlisted, 'files the manifest does not list').toEqual([]);
  const paths = bundle.manifest.files.map((file) => file.path);
  expect(paths).toEqual(expect.arrayContaining(['jira/server-info.json', 'report.html']));

  for (const [path, text] of bundle.texts) {
    expect(leakedValues(text), `fake secrets left in ${path}`).toEqual([]);
  }
  // What support needs survives redaction.
  expect(bundle.texts.get('jira/server-info.json')).toContain('9.12.15');

  expect(traffic.requests.length).toBeGreaterThan(0);
});

test('a plain user sees no menu entry and is denied the screen without a data request', async ({
  page,
  sandbox,
  traffic,
}) => {
  await logIn(page, sandbox, 'user');
  await page.goto(`${sandbox.url}/secure/Dashboard.jspa`);
  await expect(page.getByRole('link', { name: 'Support bundle' })).toHaveCount(0);

  const before = traffic.requests.length;
  const response = await page.goto(
    `${sandbox.url}/secure/admin/ViewSystemInfo.jspa#vilisoft-support-bundle`,
  );
  expect(response?.status()).toBe(403);
  await expect(page.getByText('Access denied')).toBeVisible();
  await expect(page.getByTestId('support-bundle-screen')).toHaveCount(0);
  const dataRequests = traffic.requests
    .slice(before)
    .map((request) => new URL(request.url()).pathname)
    .filter((path) => path.includes('/rest/'));
  expect(dataRequests).toEqual([]);
});
