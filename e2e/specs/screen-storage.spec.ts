/**
 * What stays in the browser: nothing in localStorage, sessionStorage, IndexedDB or cookies,
 * except the pseudonym key (under one clearly named key) while the admin wants pseudonyms
 * that stay the same across bundles. Turning that off deletes the key.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures.ts';
import { downloadBundle, generate, openScreen } from '../support/screen.ts';

const KEY_NAME = 'vilisoft-support-bundle.pseudonym-key';

interface BrowserStorage {
  local: Record<string, string>;
  session: Record<string, string>;
  databases: string[];
}

function storage(page: Page): Promise<BrowserStorage> {
  return page.evaluate(async () => {
    const read = (store: Storage) =>
      Object.fromEntries(
        Array.from({ length: store.length }, (_, i) => store.key(i) ?? '').map((key) => [
          key,
          store.getItem(key) ?? '',
        ]),
      );
    const databases = (await indexedDB.databases()).map((db) => db.name ?? '');
    return { local: read(localStorage), session: read(sessionStorage), databases };
  });
}

async function cookieNames(page: Page): Promise<string[]> {
  return (await page.context().cookies()).map((cookie) => cookie.name).sort();
}

/** The instance pseudonym the archive puts in the file name: a keyed token of the host. */
function instanceOf(fileName: string): string {
  return /^support-bundle-(host-[0-9a-f]+)-/.exec(fileName)?.[1] ?? fileName;
}

test('with the default options a run leaves nothing behind in the browser', async ({
  page,
  sandbox,
}) => {
  await openScreen(page, sandbox);
  const cookiesBefore = await cookieNames(page);
  await expect(page.getByTestId('consistent-pseudonyms')).not.toBeChecked();

  await generate(page);
  await downloadBundle(page);
  await page.getByRole('button', { name: 'jira/server-info.json' }).click();
  await expect(page.getByTestId('preview-text')).toBeVisible();

  expect(await storage(page)).toEqual({ local: {}, session: {}, databases: [] });
  expect(await cookieNames(page)).toEqual(cookiesBefore);
});

test('consistent pseudonyms keep one named key, give the same pseudonyms, and off deletes it', async ({
  page,
  sandbox,
}) => {
  await openScreen(page, sandbox);
  const cookiesBefore = await cookieNames(page);
  await page.getByTestId('consistent-pseudonyms').check();

  const stored = await storage(page);
  expect(Object.keys(stored.local)).toEqual([KEY_NAME]);
  expect(Buffer.from(stored.local[KEY_NAME] ?? '', 'base64')).toHaveLength(32);
  expect(stored.session).toEqual({});
  expect(stored.databases).toEqual([]);

  await generate(page);
  const first = await downloadBundle(page);

  // A later visit from the same browser: the option is still on and the pseudonyms match.
  await page.reload();
  await expect(page.getByTestId('consistent-pseudonyms')).toBeChecked();
  await generate(page);
  const second = await downloadBundle(page);
  expect(instanceOf(second.fileName)).toBe(instanceOf(first.fileName));
  expect(second.texts.get('jira/current-user.json')).toBe(
    first.texts.get('jira/current-user.json'),
  );

  await page.getByTestId('start-over').click();
  await page.getByTestId('consistent-pseudonyms').uncheck();
  expect(await storage(page)).toEqual({ local: {}, session: {}, databases: [] });

  // Without the key, the next bundle has pseudonyms of its own.
  await generate(page);
  const third = await downloadBundle(page);
  expect(instanceOf(third.fileName)).not.toBe(instanceOf(first.fileName));
  expect(await storage(page)).toEqual({ local: {}, session: {}, databases: [] });
  expect(await cookieNames(page)).toEqual(cookiesBefore);
});
