/**
 * Hostile files fed to the screen: random bytes, a file over the cap, zips whose entries climb
 * out of their folder, zips that expand a thousandfold (honestly or lying about it), and a
 * "zip" that is not one. Each is refused with a reason, nothing hangs or crashes, the rest of
 * the bundle is built, and nothing lands outside the bundle's own folders.
 */
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { test, expect } from '../support/fixtures.ts';
import { collectionLog, downloadBundle, generate, openScreen } from '../support/screen.ts';
import { zipOf } from '../../frontend/src/core/collect/test-support/zip.ts';
import { lieAboutSizes, MIB, randomBytes, sparseFile } from '../support/hostile-files.ts';
import { filesOfOtherSources } from '../support/fault-cases.ts';
import type { OpenedBundle } from '../support/bundle-zip.ts';
import type { CollectionLogEntry } from '../../frontend/src/core/model.ts';

interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

/** Problems the page itself reports: uncaught errors and a crashed tab. */
function watchFailures(page: Page): string[] {
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  page.on('crash', () => failures.push('the tab crashed'));
  return failures;
}

/** Drops files on the drop zone the way a browser does: a `drop` event with a DataTransfer. */
async function dropFiles(page: Page, files: readonly NamedBytes[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const transfer = new DataTransfer();
      for (const { name, bytes } of list)
        transfer.items.add(new File([new Uint8Array(bytes)], name));
      return transfer;
    },
    files.map(({ name, bytes }) => ({ name, bytes: [...bytes] })),
  );
  await page.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer });
}

async function chooseFiles(page: Page, files: readonly NamedBytes[]): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(
    files.map(({ name, bytes }) => ({
      name,
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(bytes),
    })),
  );
}

function filesLog(bundle: OpenedBundle): CollectionLogEntry[] {
  return collectionLog(bundle).filter((entry) => entry.sourceId === 'files');
}

/** Every entry name of the downloaded zip, as written in the zip itself. */
async function rawEntryNames(bundle: OpenedBundle): Promise<string[]> {
  const zip = await JSZip.loadAsync(await readFile(bundle.path));
  return Object.values(zip.files).map((file) => file.unsafeOriginalName ?? file.name);
}

function isInsideBundle(name: string): boolean {
  return (
    !name.startsWith('/') &&
    !name.includes('\\') &&
    !/^[A-Za-z]:/.test(name) &&
    !name.split('/').includes('..')
  );
}

async function generateWith(page: Page, add: () => Promise<void>): Promise<OpenedBundle> {
  await add();
  await generate(page);
  await expect(page.getByTestId('screen-error')).toHaveCount(0);
  return downloadBundle(page);
}

// Files are handled in the browser alone, and the expected files are the sandbox's fixtures.
test.describe('hostile files', { tag: '@sandbox' }, () => {
  test('random bytes dropped on the screen are left out as binary, and the bundle builds', async ({
    page,
    sandbox,
  }) => {
    const failures = watchFailures(page);
    await openScreen(page, sandbox);
    const dropped = [
      { name: 'random.bin', bytes: randomBytes(256 * 1024, 1) },
      { name: 'atlassian-jira.log', bytes: randomBytes(256 * 1024, 2) },
    ];
    const bundle = await generateWith(page, async () => {
      await dropFiles(page, dropped);
      await expect(page.getByTestId('added-file-random.bin')).toContainText(/binary/i);
    });

    const paths = bundle.manifest.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(filesOfOtherSources('files')));
    expect(paths.filter((path) => path.startsWith('files/'))).toEqual([]);
    const report = JSON.parse(bundle.texts.get('redaction-report.json') ?? '{}') as {
      files?: { path: string; dropped?: string }[];
    };
    expect(report.files).toEqual(
      expect.arrayContaining(
        dropped.map(({ name }) =>
          expect.objectContaining({ path: `files/${name}`, dropped: 'binary' }),
        ),
      ),
    );
    expect(failures).toEqual([]);
  });

  test('zip entries named ../../x, /etc/… or C:\\… are refused; the rest stays inside files/<zip>/', async ({
    page,
    sandbox,
  }) => {
    const failures = watchFailures(page);
    await openScreen(page, sandbox);
    const climbing = await zipOf({
      '../../x.txt': 'climbs out',
      '/etc/cron.d/evil.txt': 'absolute',
      'C:\\Windows\\evil.txt': 'drive letter',
      'ok/fine.txt': 'an ordinary file',
    });
    const bundle = await generateWith(page, () =>
      chooseFiles(page, [{ name: 'climbing.zip', bytes: climbing }]),
    );

    const refused = filesLog(bundle).filter((entry) => entry.status === 'failed');
    expect(refused).toHaveLength(3);
    for (const entry of refused) {
      expect(entry.message).toMatch(/path leaves the zip/);
      expect(entry.advice).toMatch(/check where it came from/i);
    }
    const paths = bundle.manifest.files.map((file) => file.path);
    expect(paths).toContain('files/climbing/ok/fine.txt');
    expect(paths.filter((path) => !isInsideBundle(path))).toEqual([]);
    expect((await rawEntryNames(bundle)).filter((name) => !isInsideBundle(name))).toEqual([]);
    expect(failures).toEqual([]);
  });

  test('zips that expand a thousandfold are refused, whether they declare it or lie', async ({
    page,
    sandbox,
  }) => {
    const failures = watchFailures(page);
    await openScreen(page, sandbox);
    const honest = await zipOf({ 'zeros.txt': new Uint8Array(100 * MIB) });
    const liar = lieAboutSizes(await zipOf({ 'small.txt': new Uint8Array(20 * MIB) }), 100);
    expect(100 * MIB, 'the honest bomb expands a thousandfold').toBeGreaterThan(
      honest.length * 1000,
    );
    expect(20 * MIB, 'the lying bomb expands a thousandfold').toBeGreaterThan(liar.length * 500);
    const bundle = await generateWith(page, () =>
      chooseFiles(page, [
        { name: 'honest-bomb.zip', bytes: honest },
        { name: 'lying-bomb.zip', bytes: liar },
      ]),
    );

    const log = filesLog(bundle);
    expect(log).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'too-large',
          message: expect.stringMatching(/honest-bomb\/zeros\.txt.*over the limit/),
        }),
        expect.objectContaining({
          status: 'failed',
          kind: 'too-large',
          message: expect.stringMatching(/lying-bomb\/small\.txt.*more than its declared size/),
        }),
      ]),
    );
    const paths = bundle.manifest.files.map((file) => file.path);
    expect(paths.filter((path) => path.startsWith('files/'))).toEqual([]);
    expect(paths).toEqual(expect.arrayContaining(filesOfOtherSources('files')));
    expect(failures).toEqual([]);
  });

  test('a 60 MiB file is refused by the per-file cap and nothing else is lost', async ({
    page,
    sandbox,
  }, testInfo) => {
    const failures = watchFailures(page);
    await openScreen(page, sandbox);
    const big = testInfo.outputPath('big-config.xml');
    await sparseFile(big, 60 * MIB);
    const bundle = await generateWith(page, async () => {
      await page.getByTestId('file-input').setInputFiles(big);
      await expect(page.getByTestId('added-file-big-config.xml')).toContainText(/cap|limit/i);
    });

    expect(filesLog(bundle)).toEqual([
      expect.objectContaining({
        status: 'failed',
        kind: 'too-large',
        message: expect.stringMatching(/big-config\.xml.*per-file limit/),
        advice: expect.stringMatching(/raise the per-file limit|smaller extract/i),
      }),
    ]);
    const paths = bundle.manifest.files.map((file) => file.path);
    expect(paths).not.toContain('files/big-config.xml');
    expect(paths).toEqual(expect.arrayContaining(filesOfOtherSources('files')));
    expect(failures).toEqual([]);
  });

  test('a file that starts like a zip but is not one is one failure with advice', async ({
    page,
    sandbox,
  }) => {
    const failures = watchFailures(page);
    await openScreen(page, sandbox);
    const fake = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...randomBytes(4096, 3)]);
    const bundle = await generateWith(page, () =>
      chooseFiles(page, [{ name: 'broken.zip', bytes: fake }]),
    );
    expect(filesLog(bundle)).toEqual([
      expect.objectContaining({
        status: 'failed',
        kind: 'unreadable-file',
        message: expect.stringMatching(/broken.*not a readable zip/),
        advice: expect.stringMatching(/add the zip again|unpack it/i),
      }),
    ]);
    expect(failures).toEqual([]);
  });

  test('the screen names every added file that was left out, and why', async ({
    page,
    sandbox,
  }) => {
    await openScreen(page, sandbox);
    const climbing = await zipOf({ '../../x.txt': 'climbs out', 'ok/fine.txt': 'fine' });
    const fake = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...randomBytes(1024, 4)]);
    await chooseFiles(page, [
      { name: 'climbing.zip', bytes: climbing },
      { name: 'broken.zip', bytes: fake },
    ]);
    // Before generating, a 1 KiB damaged zip must not be blamed on the size cap.
    const brokenTreatment = page
      .getByTestId('added-file-broken.zip')
      .locator('.vsb-file-treatment');
    await expect(brokenTreatment).not.toBeEmpty();
    await expect(brokenTreatment).not.toContainText(/larger than/i);
    await generate(page);
    const screen = page.getByTestId('support-bundle-screen');
    await expect(screen).toContainText(/x\.txt.*path leaves the zip/);
    await expect(screen).toContainText(/broken.*not a readable zip/);
  });
});
