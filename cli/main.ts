/**
 * `support-bundle`: the command line of Support Bundle for Jira Data Center.
 * Exit codes: 0 success · 1 the work found or hit a problem · 2 the command line is wrong.
 */
import { Command, CommanderError } from 'commander';
import { registerRedact } from './commands/redact.ts';
import { registerReport } from './commands/report.ts';
import { registerRequest } from './commands/request.ts';
import { registerScan } from './commands/scan.ts';
import { registerVerify } from './commands/verify.ts';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from './lib/errors.ts';

// `support-bundle report x.zip | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const program = new Command('support-bundle')
  .description(
    'Support Bundle for Jira Data Center, on the command line: redact logs and support zips ' +
      'before they leave your company, check a bundle you received, and make request codes. ' +
      'Nothing is ever sent anywhere.',
  )
  .version('0.1.0', '-V, --version', 'print the version')
  .helpOption('-h, --help', 'explain a command and its options')
  .helpCommand('help [command]', 'explain a command, e.g. support-bundle help redact')
  .exitOverride()
  .showHelpAfterError('(add --help for usage and examples)')
  .configureHelp({ sortSubcommands: false, showGlobalOptions: false });

registerRedact(program);
registerVerify(program);
registerScan(program);
registerReport(program);
registerRequest(program);

program.addHelpText(
  'after',
  `
Examples:
  $ support-bundle redact Jira_support.zip --out Jira_support-redacted.zip --map ~/private-map.json
  $ support-bundle verify support-bundle-VS-4821.zip
  $ support-bundle scan support-bundle-VS-4821.zip
  $ support-bundle request --ticket VS-4821 --sources jira-server-info,installed-apps --hours 24`,
);

async function main(argv: string[]): Promise<number> {
  if (argv.length <= 2) {
    program.outputHelp({ error: true });
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end with exit code 0; everything else commander rejects is usage.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    const detail =
      error instanceof Error
        ? process.env.SUPPORT_BUNDLE_DEBUG
          ? error.stack
          : error.message
        : String(error);
    process.stderr.write(
      `Unexpected error: ${detail}\nThis is a bug in support-bundle; please report it with the command you ran (set SUPPORT_BUNDLE_DEBUG=1 for details).\n`,
    );
    return EXIT_FAILURE;
  }
}

process.exitCode = await main(process.argv);
