/**
 * Generation runs in a Web Worker: the page stays usable, progress is shown per stage and
 * overall, and Cancel stops at once, says so, keeps the admin's choices and leaves no
 * result behind.
 */
import { test, expect } from '../support/fixtures.ts';
import { downloadBundle, generate, openScreen, sourceRow } from '../support/screen.ts';

test(
  'progress per stage and overall; Cancel stops at once and nothing is kept',
  { tag: '@sandbox' },
  async ({ page, sandbox }) => {
    await openScreen(page, sandbox);
    await page.getByTestId('rules-keywords').fill('falcon');
    // Health checks never answer, so the bundle stays in the collecting stage.
    sandbox.faults.set('/rest/troubleshooting', 'hang');
    await page.getByTestId('generate').click();

    const progress = page.getByTestId('progress');
    await expect(progress.getByTestId('progress-collect')).toContainText(/Collecting \d+ of \d+/);
    await expect(progress.getByTestId('progress-overall')).toContainText('% done');
    await expect(progress.getByRole('progressbar')).toHaveCount(4);
    await expect(sourceRow(page, 'server-info')).toContainText('Collected');
    await expect(sourceRow(page, 'health-checks')).not.toContainText('Collected');

    // The worker does the work, so the page still answers a click while it runs.
    await page.getByTestId('cancel').click();

    await expect(page.getByTestId('cancelled')).toContainText('Generation cancelled');
    await expect(page.getByTestId('cancelled')).toContainText('nothing was kept');
    await expect(progress).toHaveCount(0);
    await expect(page.getByTestId('result')).toHaveCount(0);
    await expect(page.getByTestId('rules-keywords')).toHaveValue('falcon');
    await expect(sourceRow(page, 'server-info')).not.toContainText('Collected');
    await expect(sourceRow(page, 'health-checks').getByRole('checkbox')).toBeChecked();

    // A fresh worker takes the next run, which is whole and has no trace of the first.
    sandbox.faults.clear();
    await generate(page);
    await expect(page.getByTestId('cancelled')).toHaveCount(0);
    const bundle = await downloadBundle(page);
    expect(bundle.manifest.files.map((f) => f.path)).toContain('jira/health-checks.json');
  },
);
