/** `support-bundle scan <zip|folder>`: an independent leak check of a bundle before (or after) it travels. */
import type { Command } from 'commander';
import { EXIT_FAILURE } from '../lib/errors.ts';
import { formatBytes, plural } from '../lib/format.ts';
import { openInput } from '../lib/input-tree.ts';
import { createProgress } from '../lib/progress.ts';
import { scanTree } from '../scan/scan-tree.ts';

const MAX_LISTED = 500;

async function scan(target: string, options: { progress?: boolean }): Promise<number> {
  const tree = await openInput(target);
  const total = tree.entries.reduce((sum, entry) => sum + entry.size, 0);
  const result = await scanTree(
    tree,
    createProgress('Scanning', total, process.stderr, options.progress === true),
  );
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  for (const finding of result.findings.slice(0, MAX_LISTED)) {
    out(`${finding.path}:${finding.line} ${finding.rule} ${finding.preview}`);
  }
  if (result.findings.length > MAX_LISTED) out(`… and ${result.findings.length - MAX_LISTED} more`);
  if (result.skippedBinary.length > 0) {
    out(`Not scanned (binary): ${result.skippedBinary.join(', ')}`);
  }
  for (const problem of result.unreadable) out(`Not scanned: ${problem.path}: ${problem.message}`);

  const scanned = `${plural(result.scannedFiles, 'file')} (${formatBytes(result.scannedBytes)})`;
  if (result.findings.length === 0 && result.unreadable.length === 0) {
    out(`No leaks found in ${scanned}.`);
    return 0;
  }
  if (result.findings.length > 0) {
    const files = new Set(result.findings.map((finding) => finding.path)).size;
    const byRule = new Map<string, number>();
    for (const finding of result.findings)
      byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
    out(
      `${plural(result.findings.length, 'suspicious place')} in ${plural(files, 'file')} of ${scanned}: ` +
        [...byRule].map(([rule, count]) => `${rule} ${count}`).join(', '),
    );
    out(
      'Values are not shown. Open each file at the line given and check it before the bundle travels;',
    );
    out('re-run "support-bundle redact" with --keyword or --rules for values that must go.');
  } else {
    out(
      `No leaks found in ${scanned}, but ${plural(result.unreadable.length, 'file')} could not be scanned (listed above).`,
    );
  }
  return EXIT_FAILURE;
}

export function registerScan(program: Command): void {
  program
    .command('scan')
    .summary(
      'look for leaks in a bundle (e-mails, IPs, keys, tokens, passwords) without printing them',
    )
    .description(
      'Scans every text file of a bundle zip or a folder with detectors of its own (independent of the ' +
        "redaction rules) plus secretlint's recommended preset, and lists suspicious places as " +
        '"file:line rule preview". Values are never printed; the preview shows two characters and the length. ' +
        'Redaction markers ([REDACTED:…]) and pseudonym tokens are not findings.',
    )
    .argument('<bundle>', 'a bundle zip or a folder, e.g. support-bundle-VS-4821.zip')
    .option(
      '--progress',
      'show progress on stderr even when it is not a terminal, e.g. in a CI log',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ support-bundle scan support-bundle-VS-4821.zip
  $ support-bundle scan ./logs-redacted

Exit codes: 0 nothing found · 1 suspicious places found (or files that could not be scanned) · 2 bad usage.`,
    )
    .action(async (bundle: string, options: { progress?: boolean }) => {
      process.exitCode = await scan(bundle, options);
    });
}
