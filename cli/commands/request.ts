/** `support-bundle request`: make a request code that preselects what a customer's bundle holds. */
import type { Command } from 'commander';
import {
  decodeRequest,
  encodeRequest,
  RequestCodeError,
  requestLinkFragment,
  type RequestInput,
} from '../../frontend/src/core/request/index.ts';
import { CliError, UsageError } from '../lib/errors.ts';
import { commaList, wholeNumber } from '../lib/options.ts';

interface RequestOptions {
  ticket?: string;
  sources?: string[];
  hours?: number;
  note?: string;
  requestedBy: string;
}

async function makeRequest(options: RequestOptions): Promise<void> {
  // Checked here rather than with requiredOption so that `request show <code>` needs neither.
  if (options.ticket === undefined) throw new UsageError('Give the ticket: --ticket VS-4821.');
  if (options.sources === undefined) {
    throw new UsageError(
      'Give the sources to preselect: --sources jira-server-info,installed-apps.',
    );
  }
  const input: RequestInput = {
    ticket: options.ticket,
    requestedBy: options.requestedBy,
    sources: options.sources,
  };
  if (options.hours !== undefined) input.logWindowHours = options.hours;
  if (options.note !== undefined) input.note = options.note;
  let code: string;
  try {
    code = await encodeRequest(input);
  } catch (error) {
    if (error instanceof RequestCodeError) throw new UsageError(error.message);
    throw error;
  }
  const request = await decodeRequest(code);
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  out(`Request ${request.id} for ${request.ticket}`);
  out(`  requested by: ${request.requestedBy}`);
  out(`  sources:      ${request.sources.join(', ')}`);
  if (request.logWindowHours !== undefined) out(`  log window:   last ${request.logWindowHours} h`);
  if (request.note !== undefined) out(`  note:         ${request.note}`);
  out('');
  out('Request code (the admin pastes it into Administration › System › Support bundle):');
  out(code);
  out('');
  out("Link fragment (append it to the address of the admin's Support bundle page):");
  out(requestLinkFragment(code));
}

async function showRequest(text: string): Promise<void> {
  try {
    const request = await decodeRequest(text);
    process.stdout.write(`${JSON.stringify(request, null, 2)}\n`);
  } catch (error) {
    if (error instanceof RequestCodeError) throw new CliError(error.message);
    throw error;
  }
}

export function registerRequest(program: Command): void {
  const command = program
    .command('request')
    .summary('make a support request code that preselects what a bundle should contain')
    .description(
      "Prints a request code and a link fragment for the customer's admin. The code preselects " +
        'sources and a log window on the Support bundle screen; the admin reviews and may change ' +
        'everything before collecting. The code grants nothing and carries no secret.',
    )
    .option('--ticket <key>', 'the support ticket (required), e.g. VS-4821')
    .option(
      '--sources <ids>',
      'comma-separated source ids to preselect (required), e.g. jira-server-info,installed-apps,health-checks',
      commaList,
    )
    .option('--hours <n>', 'log window in hours, 1 to 720, e.g. 24', wholeNumber(1, 720))
    .option(
      '--note <text>',
      'a short note shown to the admin (at most 500 characters), e.g. "sync fails since upgrade"',
    )
    .option(
      '--requested-by <who>',
      'who asks, shown to the admin, e.g. "Ana Example, Vilisoft support"',
      'Vilisoft support',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ support-bundle request --ticket VS-4821 --sources jira-server-info,installed-apps,health-checks --hours 24
  $ support-bundle request --ticket VS-4821 --sources jira-server-info --note "Time in Status sync fails" \\
      --requested-by "Ana Example, Vilisoft support"
  $ support-bundle request show SB1-eyJ0Ijoi…   (check what a code asks for)`,
    )
    .action(async (options: RequestOptions) => {
      await makeRequest(options);
    });

  command
    .command('show')
    .description('decode a request code (or a link containing one) and print what it asks for')
    .argument('<code>', 'a request code, a link fragment or a whole URL')
    .addHelpText(
      'after',
      '\nExample:\n  $ support-bundle request show "#vilisoft-support-bundle/request=SB1-eyJ0Ijoi…"',
    )
    .action(async (code: string) => {
      await showRequest(code);
    });
}
