/**
 * Every way a real Jira lets a source down: the bundle still builds, the failed row says
 * what happened and what to do, the collection log records it, nothing already collected
 * is lost, and Retry on that row alone fetches the source again once Jira behaves.
 */
import type { Page } from '@playwright/test';
import { test, expect, logIn } from '../support/fixtures.ts';
import { FAULT_CASES, filesOfOtherSources, type FaultCase } from '../support/fault-cases.ts';
import {
  collectionLog,
  downloadBundle,
  generate,
  openScreen,
  restCallsSince,
  sourceRow,
} from '../support/screen.ts';
import type { Sandbox } from '../sandbox/server.ts';
import { DEFAULT_LIMITS } from '../../frontend/src/core/model.ts';

/** The hang case waits for the screen's real request timeout: nothing shorter is offered. */
const HANG_TEST_TIMEOUT_MS = DEFAULT_LIMITS.requestTimeoutMs + 60_000;

async function expectRowSays(page: Page, c: FaultCase): Promise<void> {
  const row = sourceRow(page, c.sourceId);
  await expect(row).toContainText('Failed');
  await expect(row).toContainText(c.says);
  await expect(row).toContainText(c.advises);
  await expect(row.getByRole('button', { name: /retry/i })).toBeVisible();
}

/** Clears the fault, clicks Retry on the row and waits for the new bundle. */
async function retryRow(page: Page, sandbox: Sandbox, c: FaultCase): Promise<string[]> {
  sandbox.faults.clear();
  const summary = page.getByTestId('result-summary');
  const before = await summary.innerText();
  const from = sandbox.requests().length;
  await sourceRow(page, c.sourceId).getByRole('button', { name: /retry/i }).click();
  await expect(sourceRow(page, c.sourceId)).toContainText('Collected');
  // The row updates before the bundle is packed again; the summary changes once it is.
  await expect(summary).not.toHaveText(before);
  return restCallsSince(sandbox, from);
}

test.describe('a source that fails', { tag: '@sandbox' }, () => {
  for (const c of FAULT_CASES) {
    test(`${c.name}: the bundle builds, the row and the log say what to do, Retry fetches it alone`, async ({
      page,
      sandbox,
      traffic,
    }) => {
      if (c.fault === 'hang') test.setTimeout(HANG_TEST_TIMEOUT_MS);
      await openScreen(page, sandbox);
      sandbox.faults.set(c.endpoint, c.fault);
      await generate(page, c.fault === 'hang' ? HANG_TEST_TIMEOUT_MS : undefined);

      await expectRowSays(page, c);
      const bundle = await downloadBundle(page);
      expect(bundle.mismatches).toEqual([]);
      const paths = bundle.manifest.files.map((file) => file.path);
      expect(paths, 'files of the sources that worked').toEqual(
        expect.arrayContaining(filesOfOtherSources(c.sourceId)),
      );
      expect(paths).not.toContain(c.file);
      const entries = collectionLog(bundle).filter((entry) => entry.sourceId === c.sourceId);
      expect(entries).toEqual([
        expect.objectContaining({
          status: 'failed',
          kind: c.kind,
          endpoint: c.endpoint,
          message: expect.stringMatching(c.says),
          advice: expect.stringMatching(c.advises),
        }),
      ]);

      const called = await retryRow(page, sandbox, c);
      expect(called, 'REST calls made by Retry').toEqual([c.endpoint]);
      const retried = await downloadBundle(page);
      expect(retried.manifest.files.map((file) => file.path)).toEqual(
        expect.arrayContaining([c.file, ...filesOfOtherSources(c.sourceId)]),
      );
      expect(collectionLog(retried).filter((entry) => entry.sourceId === c.sourceId)).toEqual([
        expect.objectContaining({ status: 'ok', endpoint: c.endpoint }),
      ]);
      expect(traffic.requests.length).toBeGreaterThan(0);
    });
  }

  test('the session expires halfway: what was collected stays, the rest says log in again, Retry works after logging in', async ({
    page,
    sandbox,
    traffic,
  }) => {
    const expiring = {
      endpoint: '/rest/api/2/applicationrole',
      sourceId: 'application-roles',
      file: 'jira/application-roles.json',
    };
    await openScreen(page, sandbox);
    // The first call of this source finds the session gone, and so does every later call.
    sandbox.faults.set(expiring.endpoint, { kind: 'expire-session-after', calls: 0 });
    await generate(page);

    const row = sourceRow(page, expiring.sourceId);
    await expect(row).toContainText('Failed');
    await expect(row).toContainText(/session/i);
    await expect(row).toContainText(/log in/i);

    const bundle = await downloadBundle(page);
    const log = collectionLog(bundle);
    expect(log.filter((entry) => entry.sourceId === expiring.sourceId)).toEqual([
      expect.objectContaining({ status: 'failed', kind: 'unauthenticated', httpStatus: 401 }),
    ]);
    // Sources that finished before the session ended keep their files.
    const collected = new Set(
      log.filter((entry) => entry.status === 'ok').map((entry) => entry.sourceId),
    );
    collected.delete('server-info'); // anonymous: proves nothing about the session
    collected.delete('browser');
    expect(collected.size, 'sources collected before the session ended').toBeGreaterThan(0);
    const fileSources = new Set(bundle.manifest.files.map((file) => file.sourceId));
    for (const sourceId of collected) expect(fileSources, sourceId).toContain(sourceId);
    for (const entry of log.filter((e) => e.status === 'failed')) {
      expect(entry.advice, `advice for ${entry.sourceId}`).toMatch(/log in|password/i);
    }

    // The admin logs in again in another tab, comes back and retries the one row.
    const again = await page.context().newPage();
    await logIn(again, sandbox, 'admin');
    await again.close();
    const summary = page.getByTestId('result-summary');
    const before = await summary.innerText();
    const from = sandbox.requests().length;
    await row.getByRole('button', { name: /retry/i }).click();
    await expect(row).toContainText('Collected');
    await expect(summary).not.toHaveText(before);
    expect(restCallsSince(sandbox, from)).toEqual([expiring.endpoint]);
    const retried = await downloadBundle(page);
    expect(retried.manifest.files.map((file) => file.path)).toContain(expiring.file);
    expect(traffic.webSockets).toEqual([]);
  });
});
