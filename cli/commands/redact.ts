/** `support-bundle redact <input> --out <output>`: redact a file, a folder or a zip on disk. */
import { rm, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  createRedactor,
  CustomRuleError,
  type CustomRuleSpec,
} from '../../frontend/src/core/redact/index.ts';
import { CliError, describeError, EXIT_FAILURE, UsageError } from '../lib/errors.ts';
import { formatBytes, plural } from '../lib/format.ts';
import { expandArchives, type OpenedArchive } from '../lib/expand-archives.ts';
import { openInput } from '../lib/input-tree.ts';
import { checkMapPath, checkOutputPath, createStaging } from '../lib/output.ts';
import { createProgress } from '../lib/progress.ts';
import { runRedaction, type RedactRunResult } from '../lib/redact-run.ts';
import { readRulesFile, RULES_FILE_EXAMPLE } from '../lib/rules-file.ts';
import { loadOrCreateSecret, randomSecret } from '../lib/secret.ts';
import { packFolder } from '../lib/zip-writer.ts';
import { DEFAULT_ZIP_LIMITS } from '../lib/zip-reader.ts';
import {
  isUnopenedArchiveName,
  UNOPENED_ARCHIVE_ADVICE,
} from '../../frontend/src/core/collect/files/compressed.ts';
import { collect } from '../lib/options.ts';

interface RedactOptions {
  out: string;
  map?: string;
  keyword?: string[];
  rules?: string;
  keepBinary?: string[];
  secretFile?: string;
  force?: boolean;
  progress?: boolean;
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function buildRules(options: RedactOptions): Promise<CustomRuleSpec[]> {
  const fromFile = options.rules === undefined ? [] : await readRulesFile(options.rules);
  return [...fromFile, ...(options.keyword ?? []).map((keyword) => ({ keyword }))];
}

/** Why a dropped file was dropped, when there is more to say than "binary". */
function droppedReason(path: string): string {
  return isUnopenedArchiveName(path)
    ? ` (an archive of several files, not opened: ${UNOPENED_ARCHIVE_ADVICE.replace(/\.$/, '').toLowerCase()})`
    : '';
}

function printSummary(
  result: RedactRunResult,
  byClass: Record<string, number>,
  output: string,
  opened: OpenedArchive[],
): void {
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  out(
    `Redacted ${plural(result.written.length, 'file')} (${formatBytes(result.bytesIn)} → ${formatBytes(result.bytesOut)}) into ${output}`,
  );
  const classes = Object.entries(byClass).filter(([, count]) => count > 0);
  out(
    classes.length === 0
      ? 'Redactions: none'
      : `Redactions: ${classes.map(([name, count]) => `${name} ${count}`).join(' · ')}`,
  );
  if (opened.length > 0) {
    out(
      `Unpacked ${plural(opened.length, 'compressed file')}; their contents are in the output at:`,
    );
    for (const archive of opened) {
      const files = archive.into.endsWith('/') ? ` (${plural(archive.files, 'file')})` : '';
      out(`  ${archive.path} → ${archive.into}${files}`);
    }
  }
  if (result.learnedFrom > 0)
    out(`Learned names and hosts from ${plural(result.learnedFrom, 'structured file')}.`);
  if (result.keptBinary.length > 0) {
    out(`Binary files kept unredacted (--keep-binary): ${result.keptBinary.join(', ')}`);
  }
  if (result.dropped.length > 0) {
    out(
      `Dropped ${plural(result.dropped.length, 'binary file')} (add --keep-binary <path> to keep one as it is):`,
    );
    for (const path of result.dropped) out(`  ${path}${droppedReason(path)}`);
  }
}

async function redact(input: string, options: RedactOptions): Promise<number> {
  const rules = await buildRules(options);
  await checkOutputPath(input, options.out, options.force === true);
  if (options.map !== undefined)
    await checkMapPath(options.map, input, options.out, options.force === true);
  const tree = await openInput(input);

  let secret = randomSecret();
  if (options.secretFile !== undefined) {
    const loaded = await loadOrCreateSecret(options.secretFile, log);
    secret = loaded.secret;
    if (loaded.created)
      log(
        `Created the pseudonym key ${options.secretFile} (keep it private; reuse it for the same tokens next time).`,
      );
  }
  let redactor;
  try {
    redactor = createRedactor({
      secret,
      customRules: rules,
      keepBinaryPaths: options.keepBinary ?? [],
    });
  } catch (error) {
    if (error instanceof CustomRuleError) {
      // The engine's message already names the rule and what to change.
      throw new UsageError(
        `${error.message}\nFix it in ${options.rules ?? 'your --keyword options'} and run again.`,
      );
    }
    throw error;
  }

  // Compressed files inside the input (a .gz log, a zip in the zip) are opened, not dropped.
  const expanded = await expandArchives(tree.entries, DEFAULT_ZIP_LIMITS);
  const total = expanded.entries.reduce((sum, entry) => sum + entry.size, 0);
  const progress = createProgress('Redacting', total, process.stderr, options.progress === true);
  const staging = await createStaging(options.out, tree.kind === 'file' ? 'file' : 'folder');
  const stop = (): void => {
    void Promise.all([staging.discard(), expanded.dispose()]).finally(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  let result: RedactRunResult;
  try {
    result = await runRedaction({
      entries: expanded.entries,
      redactor,
      staging,
      progress,
      keepBinary: options.keepBinary ?? [],
    });
    if (tree.kind === 'file' && result.written.length === 0) {
      await staging.discard();
      const reason =
        result.failed[0]?.message ??
        expanded.problems[0]?.message ??
        (isUnopenedArchiveName(input)
          ? `it is an archive of several files, which is not opened here. Unpack it and redact its folder`
          : 'it is a binary file (add --keep-binary to copy it unredacted)');
      throw new CliError(`Nothing was written. ${input}: ${reason}.`);
    }
    const written = result.written;
    await staging.commit(
      tree.kind === 'zip' ? (staged, target) => packFolder(staged, written, target) : undefined,
    );
  } catch (error) {
    await staging.discard();
    if (error instanceof CliError) throw error;
    throw new CliError(
      `Could not write the output ${options.out}: ${describeError(error)}. Nothing was written.`,
    );
  } finally {
    process.removeListener('SIGINT', stop);
    await expanded.dispose();
  }

  const report = redactor.report();
  // A gzip whose text could not be written is listed with the problems, not here.
  const written = new Set(result.written);
  const opened = expanded.opened.filter(
    (archive) => archive.into.endsWith('/') || written.has(archive.into),
  );
  printSummary(result, report.byClass, options.out, opened);
  if (options.map !== undefined) {
    const map = redactor.privateMap();
    try {
      await rm(options.map, { force: true }); // so the new file is created with mode 0600
      await writeFile(options.map, `${JSON.stringify(map, null, 2)}\n`, {
        mode: 0o600,
        flag: 'wx',
      });
    } catch (error) {
      throw new CliError(
        `The output was written, but the private map could not be: ${describeError(error)}. ` +
          'Run again with another --map path if you need the map (use --secret-file for the same tokens).',
      );
    }
    log(
      `Private map written to ${options.map} (${plural(map.entries.length, 'entry', 'entries')}). ` +
        'It turns pseudonyms back into real names: keep it with you, never attach it to a ticket.',
    );
  }

  const problems = [...tree.problems, ...expanded.problems, ...result.failed];
  if (problems.length === 0) return 0;
  log(
    `\n${plural(problems.length, 'file')} could not be processed and ${problems.length === 1 ? 'is' : 'are'} missing from the output:`,
  );
  for (const problem of problems) log(`  ${problem.path}: ${problem.message}`);
  log('Fix or remove them and run again, or send the output without them.');
  return EXIT_FAILURE;
}

export function registerRedact(program: Command): void {
  program
    .command('redact')
    .summary('redact a log, a folder or an Atlassian support zip before sending it')
    .description(
      'Redacts a file, a folder or a zip on your disk and writes a redacted copy of the same kind. ' +
        'Secrets are removed; names, e-mails, hosts and IPs become consistent pseudonyms. ' +
        'Structured files (json, xml, properties, yaml, cfg) are read first, so values found there ' +
        'are replaced everywhere. Compressed files are opened: x.log.gz is redacted as x.log, and a ' +
        'logs.zip inside the input becomes the folder logs.zip/ (.tar.gz and .tgz are not opened). ' +
        'Binary files are dropped unless kept. Nothing is sent anywhere.',
    )
    .argument('<input>', 'a file, a folder, or a zip (e.g. an Atlassian support zip)')
    .requiredOption(
      '-o, --out <output>',
      'where to write the redacted copy: a file, folder or zip, like the input (e.g. --out support-redacted.zip)',
    )
    .option(
      '--map <file>',
      'also write the private map (pseudonym → original), mode 0600, e.g. --map ~/private-map.json; ' +
        'keep it yourself, it may not be inside the output',
    )
    .option(
      '--keyword <word>',
      'also remove this word everywhere; repeatable, e.g. --keyword Bluebird --keyword "ACME Corp"',
      collect,
    )
    .option('--rules <file>', 'custom rules as JSON, e.g. --rules my-rules.json (format below)')
    .option(
      '--keep-binary <path>',
      'keep this binary file unredacted instead of dropping it; a path or glob inside the input, ' +
        'repeatable, e.g. --keep-binary "**/*.png"',
      collect,
    )
    .option(
      '--secret-file <file>',
      'key for the pseudonyms, created (mode 0600) when missing; reuse it for the same tokens across runs, ' +
        'e.g. --secret-file ~/.support-bundle-key',
    )
    .option('--force', 'replace the output (and the map) if they already exist')
    .option(
      '--progress',
      'show progress on stderr even when it is not a terminal, e.g. in a CI log',
    )
    .addHelpText(
      'after',
      `
Rules file (--rules):
  ${RULES_FILE_EXAMPLE}
  Each rule needs a "keyword" (plain text) or a "pattern" (a regular expression, "flags" from i m s u);
  "files" limits it to paths matching these globs.

Examples:
  $ support-bundle redact atlassian-jira.log --out atlassian-jira.redacted.log
  $ support-bundle redact /var/atlassian/jira/log --out ~/jira-logs-redacted --map ~/private-map.json
  $ support-bundle redact Jira_support_2026-11-20.zip --out support-redacted.zip --keyword Bluebird
  $ support-bundle redact logs/ --out logs-redacted/ --rules my-rules.json --secret-file ~/.support-bundle-key

Exit codes: 0 all files redacted · 1 some files could not be processed (listed) · 2 bad usage.`,
    )
    .action(async (input: string, options: RedactOptions) => {
      process.exitCode = await redact(input, options);
    });
}
