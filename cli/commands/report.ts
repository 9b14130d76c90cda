/** `support-bundle report <zip>`: the bundle's findings in the terminal, and its report page. */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { describeError, UsageError } from '../lib/errors.ts';
import { openInput, type InputEntry } from '../lib/input-tree.ts';
import { printBundleSummary, readBundleSummary } from '../lib/bundle-summary.ts';
import { renderSummaryReport } from '../lib/render-report.ts';

async function readBytes(entry: InputEntry): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of entry.open()) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function report(
  zipPath: string,
  options: { html?: string; force?: boolean },
): Promise<number> {
  const tree = await openInput(zipPath);
  if (tree.kind !== 'zip')
    throw new UsageError(`${zipPath} is not a zip. Give the bundle zip as it was received.`);
  const summary = await readBundleSummary(tree);
  printBundleSummary(summary, (line) => void process.stdout.write(`${line}\n`));
  if (options.html !== undefined) {
    const page = tree.entries.find((entry) => entry.path === 'report.html');
    // A bundle without its page (repacked by hand) still gets one, rendered from its data.
    const html = page ? await readBytes(page) : renderSummaryReport(summary);
    try {
      await writeFile(options.html, html, { flag: options.force === true ? 'w' : 'wx' });
    } catch (error) {
      const hint = options.force === true ? '' : ' Add --force to replace an existing file.';
      throw new UsageError(`Cannot write ${options.html}: ${describeError(error)}.${hint}`);
    }
    const how = page
      ? 'copied from the bundle'
      : 'rendered from the bundle data (it had no report.html)';
    process.stdout.write(`\nReport page ${how}: ${options.html}. Open it in a browser.\n`);
  }
  return 0;
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .summary("print a bundle's findings (problems, warnings) and environment")
    .description(
      'Prints the findings of a bundle: problems and warnings first with what to do, then counts ' +
        'and the environment (Jira version, nodes, when it was made). --html writes the report page.',
    )
    .argument('<zip>', 'the bundle zip, e.g. support-bundle-VS-4821.zip')
    .option(
      '--html <file>',
      "write the bundle's report page to this file, e.g. --html report-VS-4821.html",
    )
    .option('--force', 'replace the --html file if it exists')
    .addHelpText(
      'after',
      `
Examples:
  $ support-bundle report support-bundle-VS-4821.zip
  $ support-bundle report support-bundle-VS-4821.zip --html VS-4821.html`,
    )
    .action(async (zip: string, options: { html?: string; force?: boolean }) => {
      process.exitCode = await report(zip, options);
    });
}
