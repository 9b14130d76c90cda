/**
 * Support requests: a link with `#vilisoft-support-bundle/request=<code>` or a pasted code
 * shows what support asks for, preselects it, and the manifest records the request id.
 * A malformed or altered code says what is wrong and changes nothing.
 */
import type { Page } from '@playwright/test';
import { test, expect, logIn, passWebsudo } from '../support/fixtures.ts';
import { downloadBundle, generate, openScreen, sourceRow } from '../support/screen.ts';
import type { Sandbox } from '../sandbox/server.ts';
import {
  decodeRequest,
  encodeRequest,
  requestLinkFragment,
} from '../../frontend/src/core/request/index.ts';

const SCREEN = '/secure/admin/ViewSystemInfo.jspa';

function requestCode(): Promise<string> {
  return encodeRequest({
    ticket: 'VS-4821',
    requestedBy: 'Mia Support',
    sources: ['server-info', 'health-checks', 'time-machine'],
    logWindowHours: 6,
    note: 'Time in Status sync fails since the upgrade.',
  });
}

/** The same code with one letter of its content changed: the checksum no longer matches. */
function altered(code: string): string {
  const at = 12;
  const swapped = code.charAt(at) === 'A' ? 'B' : 'A';
  return code.slice(0, at) + swapped + code.slice(at + 1);
}

async function openLink(page: Page, sandbox: Sandbox, fragment: string): Promise<void> {
  await logIn(page, sandbox, 'admin');
  await page.goto(`${sandbox.url}${SCREEN}${fragment}`);
  if (await page.locator('#login-form-authenticatePassword').isVisible()) {
    await passWebsudo(page, sandbox);
    await page.goto(`${sandbox.url}${SCREEN}${fragment}`);
  }
  await expect(page.getByTestId('support-bundle-screen')).toBeVisible();
  await expect(sourceRow(page, 'server-info')).toBeVisible();
}

function checkbox(page: Page, sourceId: string) {
  return sourceRow(page, sourceId).getByRole('checkbox');
}

test('a request link opens the screen with the request shown, preselected and recorded', async ({
  page,
  sandbox,
  traffic,
}) => {
  const code = await requestCode();
  const { id } = await decodeRequest(code);
  await openLink(page, sandbox, requestLinkFragment(code));

  const banner = page.getByTestId('request-banner');
  await expect(banner).toContainText('VS-4821');
  await expect(banner).toContainText('Mia Support');
  await expect(banner).toContainText('Jira server info, Health checks');
  await expect(banner).toContainText('the last 6 hours');
  await expect(banner).toContainText('Time in Status sync fails since the upgrade.');
  await expect(page.getByTestId('request-unknown')).toContainText(
    'Not available here: time-machine',
  );

  await expect(checkbox(page, 'server-info')).toBeChecked();
  await expect(checkbox(page, 'health-checks')).toBeChecked();
  await expect(checkbox(page, 'installed-apps')).not.toBeChecked();
  await expect(page.getByTestId('limit-logWindowHours')).toHaveValue('6');

  await generate(page);
  await expect(page.getByTestId('result-request')).toContainText(id);
  const bundle = await downloadBundle(page);
  expect(bundle.manifest.requestId).toBe(id);
  expect(bundle.fileName).toContain(id);
  expect(new Set(bundle.manifest.sources.map((s) => s.id))).toEqual(
    new Set(['server-info', 'health-checks']),
  );
  expect(traffic.webSockets).toEqual([]);
});

test('Dismiss hides the request, keeps the choices, and the bundle no longer names it', async ({
  page,
  sandbox,
}) => {
  await openLink(page, sandbox, requestLinkFragment(await requestCode()));
  await page.getByTestId('request-dismiss').click();
  await expect(page.getByTestId('request-banner')).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('#vilisoft-support-bundle');
  await expect(checkbox(page, 'installed-apps')).not.toBeChecked();
  await expect(page.getByTestId('limit-logWindowHours')).toHaveValue('6');

  await generate(page);
  const bundle = await downloadBundle(page);
  expect(bundle.manifest.requestId).toBeUndefined();
});

test('a pasted code works like the link; a malformed or altered one changes nothing', async ({
  page,
  sandbox,
}) => {
  await openScreen(page, sandbox);
  const field = page.getByTestId('request-code');
  const error = page.getByTestId('request-code-error');
  await expect(checkbox(page, 'installed-apps')).toBeChecked();

  await field.fill('SB1-this-is-not-a-code');
  await page.getByTestId('apply-request').click();
  await expect(error).toContainText('This is not a support request code');
  await expect(error).toContainText('Nothing was changed.');

  const code = await requestCode();
  await field.fill(altered(code));
  await page.getByTestId('apply-request').click();
  await expect(error).toContainText('was changed or damaged');
  await expect(page.getByTestId('request-banner')).toHaveCount(0);
  await expect(checkbox(page, 'installed-apps')).toBeChecked();
  await expect(page.getByTestId('limit-logWindowHours')).toHaveValue('24');

  // The whole link, as support sends it, pastes too.
  await field.fill(`${sandbox.url}${SCREEN}${requestLinkFragment(code)}`);
  await expect(error).toHaveCount(0);
  await page.getByTestId('apply-request').click();
  await expect(page.getByTestId('request-banner')).toContainText('VS-4821');
  await expect(checkbox(page, 'installed-apps')).not.toBeChecked();
  await expect(checkbox(page, 'health-checks')).toBeChecked();
});

test('an altered request link says so and leaves the usual choices', async ({ page, sandbox }) => {
  await openLink(page, sandbox, requestLinkFragment(altered(await requestCode())));
  const problem = page.getByTestId('request-link-error');
  await expect(problem).toContainText('The request in this link cannot be used');
  await expect(problem).toContainText('was changed or damaged');
  await expect(page.getByTestId('request-banner')).toHaveCount(0);
  await expect(checkbox(page, 'installed-apps')).toBeChecked();
  await expect(page.getByTestId('limit-logWindowHours')).toHaveValue('24');
});
