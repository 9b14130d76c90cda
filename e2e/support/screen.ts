/**
 * The admin's path through the screen, as steps a test can reuse: open it, generate, download,
 * read the collection log, find a source's row.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, logIn, passWebsudo } from './fixtures.ts';
import { openBundle, type OpenedBundle } from './bundle-zip.ts';
import type { Sandbox } from '../sandbox/server.ts';
import type { CollectionLogEntry } from '../../frontend/src/core/model.ts';

/** The menu link's target: the query survives Jira's websudo prompt, the fragment does not. */
export const SCREEN_PATH =
  '/secure/admin/ViewSystemInfo.jspa?vilisoft-support-bundle#vilisoft-support-bundle';

/** Generating the whole default bundle against the sandbox takes seconds; allow for slow CI. */
export const GENERATE_TIMEOUT_MS = 45_000;

/** Logs in as the admin, passes websudo and waits until the screen lists its sources. */
export async function openScreen(page: Page, sandbox: Sandbox): Promise<void> {
  await logIn(page, sandbox, 'admin');
  await page.goto(`${sandbox.url}${SCREEN_PATH}`);
  if (await page.locator('#login-form-authenticatePassword').isVisible()) {
    await passWebsudo(page, sandbox);
    // The websudo form posts without the fragment, so come back to the screen's link.
    await page.goto(`${sandbox.url}${SCREEN_PATH}`);
  }
  await expect(page.getByTestId('support-bundle-screen')).toBeVisible();
  await expect(sourceRow(page, 'server-info')).toBeVisible();
}

export function sourceRow(page: Page, sourceId: string): Locator {
  return page.getByTestId(`source-row-${sourceId}`);
}

/** Clicks Generate and waits for the result panel. */
export async function generate(page: Page, timeout = GENERATE_TIMEOUT_MS): Promise<void> {
  await page.getByTestId('generate').click();
  await expect(page.getByTestId('result')).toBeVisible({ timeout });
}

/** Downloads the bundle shown on the screen and opens it as support would. */
export async function downloadBundle(page: Page): Promise<OpenedBundle> {
  const downloading = page.waitForEvent('download');
  await page.getByTestId('download').click();
  return openBundle(await downloading);
}

export function collectionLog(bundle: OpenedBundle): CollectionLogEntry[] {
  const text = bundle.texts.get('collection-log.json');
  if (text === undefined) throw new Error('the bundle has no collection-log.json');
  const parsed = JSON.parse(text) as unknown;
  // The log is an array of entries, or an object that holds them under `entries`.
  if (Array.isArray(parsed)) return parsed as CollectionLogEntry[];
  const entries = (parsed as { entries?: unknown }).entries;
  if (Array.isArray(entries)) return entries as CollectionLogEntry[];
  throw new Error(`collection-log.json has an unexpected shape: ${text.slice(0, 200)}`);
}

/** The REST paths (context path removed) the sandbox answered since `from`. */
export function restCallsSince(sandbox: Sandbox, from: number): string[] {
  return sandbox
    .requests()
    .slice(from)
    .map((request) => request.path.slice(sandbox.contextPath.length))
    .filter((path) => path.startsWith('/rest/'));
}
