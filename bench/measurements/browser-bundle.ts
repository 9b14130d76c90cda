/**
 * The whole product as an admin meets it: headless Chromium, the Jira DC sandbox, every REST
 * source plus a large Jira log added as a file, from "Generate" to "ready". Measures the time,
 * the longest task on the page's main thread (the worker must keep it responsive), and the
 * peak resident memory of all of Chromium's processes.
 */
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright';
import { startSandbox, LOGINS } from '../../e2e/sandbox/server.ts';
import { chromiumLaunchOptions, findChromium } from '../../e2e/support/chromium.ts';
import { findPluginJar } from '../../e2e/support/plugin-jar.ts';
import { generateLog } from '../generate-log.ts';
import { descendantsPssBytes } from '../process-tree-rss.ts';
import { mib } from '../rss.ts';
import type { BenchContext, Measurement, MeasurementResult } from '../types.ts';

const FULL_MIB = 200;

/** Records every long task (> 50 ms) on the page's main thread from the first script on. */
const LONG_TASK_WATCH = `
  window.__longestTaskMs = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__longestTaskMs = Math.max(window.__longestTaskMs, entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
`;

async function openScreen(page: Page, url: string): Promise<void> {
  const screenUrl = `${url}/secure/admin/ViewSystemInfo.jspa#vilisoft-support-bundle`;
  await page.goto(`${url}/login.jsp`);
  await page.fill('#login-form-username', LOGINS.admin.username);
  await page.fill('#login-form-password', LOGINS.admin.password);
  await page.click('#login-form-submit');
  await page.goto(screenUrl);
  const websudo = page.locator('#login-form-authenticatePassword');
  if (await websudo.isVisible()) {
    await websudo.fill(LOGINS.admin.password);
    await page.click('#login-form-submit');
    await page.goto(screenUrl);
  }
  await page.getByTestId('generate').waitFor();
  await page.getByTestId('sources-table').getByText('Jira server info').waitFor();
}

async function logFor(context: BenchContext): Promise<{ path: string; bytes: number }> {
  if (context.quick) return { path: context.inputPath, bytes: context.inputBytes };
  const path = context.inputPath.replace(/\.log$/, `-browser-${FULL_MIB}mib.log`);
  const bytes = await generateLog(path, FULL_MIB * 1024 * 1024, 20241119);
  return { path, bytes };
}

async function run(context: BenchContext): Promise<MeasurementResult> {
  const log = await logFor(context);
  const sandbox = await startSandbox({ port: 0, contextPath: '/jira', pluginJar: findPluginJar() });
  const browser = await chromium.launch(chromiumLaunchOptions());
  // Chromium's processes are this process's only descendants (the sandbox runs in-process).
  let peakBytes = 0;
  const sampler = setInterval(() => {
    peakBytes = Math.max(peakBytes, descendantsPssBytes(process.pid));
  }, 100);
  try {
    const page = await browser.newPage();
    await page.addInitScript(LONG_TASK_WATCH);
    await openScreen(page, sandbox.url);
    await page.getByTestId('file-input').setInputFiles(log.path);
    await page.evaluate(() => {
      (window as unknown as { __longestTaskMs: number }).__longestTaskMs = 0;
    });
    const idleMib = Math.round(mib(descendantsPssBytes(process.pid)));
    const started = process.hrtime.bigint();
    await page.getByTestId('generate').click();
    await page.getByTestId('result').waitFor({ timeout: 600_000 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const longest = await page.evaluate(
      () => (window as unknown as { __longestTaskMs: number }).__longestTaskMs,
    );
    const summary = await page.getByTestId('result-summary').innerText();
    const peakMib = Math.round(mib(peakBytes));
    return {
      rows: [
        ['log added', `${mib(log.bytes).toFixed(0)} MiB`],
        ['bundle ready after', `${seconds.toFixed(1)} s`],
        ['longest main-thread task', `${Math.round(longest)} ms`],
        ['memory (PSS) before Generate, all Chromium processes', `${idleMib} MiB`],
        ['peak memory (PSS), all Chromium processes', `${peakMib} MiB`],
        ['screen says', summary],
      ],
      fields: {
        [context.quick ? 'bundle_quick_s' : 'bundle_200mib_s']: Math.round(seconds * 10) / 10,
        bundle_peak_mib: peakMib,
        longest_main_task_ms: Math.round(longest),
      },
      notes: [
        "The screen's default limits apply: a log keeps its newest 50 MiB and the last 24 h.",
      ],
    };
  } finally {
    clearInterval(sampler);
    await browser.close();
    await sandbox.close();
  }
}

export const browserBundleMeasurement: Measurement = {
  id: 'browser-bundle',
  title: 'Bundle in headless Chromium (sandbox REST sources + a large log)',
  skip() {
    try {
      findChromium();
      findPluginJar();
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    return existsSync('dist') ? undefined : 'No dist/: run `npm run build` first.';
  },
  run,
};
