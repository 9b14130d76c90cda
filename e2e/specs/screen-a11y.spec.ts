/**
 * Usable by everyone: the keyboard alone gets from Generate to Download, axe finds no
 * serious or critical problem in the setup, ready and preview states, the screen fits
 * Jira's minimum window (1024 px) without a horizontal scroll, and no i18n key shows raw.
 */
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../support/fixtures.ts';
import { generate, openScreen } from '../support/screen.ts';

const SCREEN_ROOT = '#vilisoft-support-bundle-root';

async function seriousProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(SCREEN_ROOT).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/** Presses Tab until the element with `testId` has the focus; fails after `max` presses. */
async function tabTo(page: Page, testId: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (focused === testId) return;
  }
  throw new Error(`Tab never reached ${testId} within ${max} presses`);
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

test('the keyboard alone: Tab to Generate, Enter, Tab to Download, Enter', async ({
  page,
  sandbox,
}) => {
  await openScreen(page, sandbox);
  await page.locator('body').focus();
  await tabTo(page, 'generate');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('result')).toBeVisible({ timeout: 45_000 });
  await tabTo(page, 'download', 5);
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toMatch(/^support-bundle-.*\.zip$/);
});

test('axe finds no serious or critical problem in setup, ready and preview', async ({
  page,
  sandbox,
}) => {
  await openScreen(page, sandbox);
  await page.getByTestId('rules-patterns').fill('(a+)+');
  await expect(page.getByTestId('rules-patterns-error')).toBeVisible();
  expect(await seriousProblems(page), 'setup').toEqual([]);

  await page.getByTestId('rules-patterns').fill('');
  await generate(page);
  expect(await seriousProblems(page), 'ready').toEqual([]);

  await page.getByRole('button', { name: 'jira/current-user.json' }).click();
  await page.getByTestId('show-replaced').click();
  await expect(page.getByTestId('replaced-table')).toBeVisible();
  expect(await seriousProblems(page), 'preview').toEqual([]);
});

test('at 1024×768 the page never scrolls sideways', async ({ page, sandbox }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openScreen(page, sandbox);
  await page.getByTestId('file-input').setInputFiles({
    name: 'a-log-file-with-a-rather-long-name-from-the-node-jira-node-2.log',
    mimeType: 'text/plain',
    buffer: Buffer.from('2026-11-20 09:00:00,000+0000 main INFO started\n'),
  });
  expect(await horizontalOverflow(page), 'setup').toBeLessThanOrEqual(0);

  await generate(page);
  expect(await horizontalOverflow(page), 'ready').toBeLessThanOrEqual(0);

  await page.getByRole('button', { name: 'jira/current-user.json' }).click();
  await page.getByTestId('show-replaced').click();
  await expect(page.getByTestId('replaced-table')).toBeVisible();
  expect(await horizontalOverflow(page), 'preview').toBeLessThanOrEqual(0);
});

test('every text on the screen is translated: no raw i18n key shows', async ({ page, sandbox }) => {
  await openScreen(page, sandbox);
  const screen = page.getByTestId('support-bundle-screen');
  // A key looks like support-bundle.step.sources; the storage key name on screen is not one.
  const rawKey = /(?<![\w./-])support-bundle\.[a-z]/;
  await expect(screen).not.toContainText(rawKey);
  await generate(page);
  await page.getByRole('button', { name: 'jira/current-user.json' }).click();
  await page.getByTestId('show-replaced').click();
  await expect(screen).not.toContainText(rawKey);
});
