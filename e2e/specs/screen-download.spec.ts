/**
 * Download: the zip is named after the instance pseudonym, the request id and the UTC time;
 * the private map is a separate, clearly labelled download that never goes into the bundle;
 * the screen sums up what is inside and says that nothing has been sent.
 */
import { test, expect } from '../support/fixtures.ts';
import { downloadBundle, generate, openScreen } from '../support/screen.ts';
import { readFile } from 'node:fs/promises';

interface PrivateMap {
  entries: { kind: string; token: string; original: string }[];
}

test('the summary says what is inside and that nothing has been sent', async ({
  page,
  sandbox,
}) => {
  await openScreen(page, sandbox);
  await generate(page);
  const bundle = await downloadBundle(page);
  const report = JSON.parse(bundle.texts.get('redaction-report.json') ?? '{}') as {
    totals: Record<string, number>;
    byClass: Record<string, number>;
  };
  const redacted = Object.values(report.totals).reduce((sum, n) => sum + n, 0);

  await expect(page.getByTestId('result-summary')).toContainText(
    `${bundle.manifest.files.length} files`,
  );
  await expect(page.getByTestId('result-summary')).toContainText(`${redacted} values redacted`);
  await expect(page.getByTestId('result-classes')).toContainText(
    `Secrets removed: ${report.byClass.secret ?? 0}`,
  );
  await expect(page.getByTestId('nothing-sent')).toHaveText(/^Nothing has been sent\./);
  await expect(page.getByTestId('result-file-name')).toHaveText(bundle.fileName);
});

test('the zip name carries the instance pseudonym and UTC time; the private map is separate', async ({
  page,
  sandbox,
}) => {
  await openScreen(page, sandbox);
  const started = new Date();
  await generate(page);
  const bundle = await downloadBundle(page);

  const name = /^support-bundle-(host-[0-9a-f]+)-(\d{8}T\d{6}Z)\.zip$/.exec(bundle.fileName);
  expect(name, bundle.fileName).not.toBeNull();
  // The instance is a pseudonym of Jira's host, never the host itself.
  expect(bundle.fileName).not.toContain('fake-corp');
  const stamp = name?.[2] ?? '';
  const utc = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`;
  expect(Date.parse(utc)).toBeGreaterThanOrEqual(Math.floor(started.getTime() / 1000) * 1000);
  expect(bundle.manifest.instance).toContain(name?.[1] ?? 'missing');

  const mapButton = page.getByTestId('download-map');
  await expect(mapButton).toHaveText('Download private map (for you only)');
  await expect(page.getByText('never attach it to a support ticket')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await mapButton.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(bundle.fileName.replace(/\.zip$/, '-PRIVATE-map.json'));
  const map = JSON.parse(await readFile(await download.path(), 'utf8')) as PrivateMap;
  const originals = map.entries.map((entry) => entry.original);
  expect(originals).toContain('jira.fake-corp.example.test');
  expect(originals).toContain('ada.fakeadmin@fake-corp.example.test');

  // The map's originals are nowhere in the bundle, and the map is not one of its files.
  const again = await downloadBundle(page);
  expect([...again.texts.keys()].some((path) => /map/i.test(path))).toBe(false);
  for (const [path, text] of again.texts)
    expect(text, path).not.toContain('fake-corp.example.test');
});
