// `npm start [-- --port 2990] [-- --context-path /jira]`: builds the plugin if its sources
// changed, then runs the Jira DC sandbox with it until Ctrl-C.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from './ensure-deps.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PASSED_THROUGH = ['--port', '--context-path'];
const USAGE = 'Usage: npm start -- [--port <number>] [--context-path <path, e.g. /jira or "">]';

/** Keeps only --port and --context-path (as `--x value` or `--x=value`); exits on anything else. */
function sandboxArguments(args) {
  const result = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const name = arg.split('=')[0];
    if (!PASSED_THROUGH.includes(name)) {
      console.error(`Unknown argument ${arg}\n${USAGE}`);
      process.exit(2);
    }
    if (arg.includes('=')) {
      result.push(arg);
    } else if (i + 1 < args.length) {
      result.push(arg, args[++i]);
    } else {
      console.error(`${arg} needs a value\n${USAGE}`);
      process.exit(2);
    }
  }
  return result;
}

/** Runs node with tsx; resolves with the exit code, forwarding Ctrl-C and kill to the child. */
function runNode(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    const forward = (signal) => child.kill(signal);
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const signal of signals) process.on(signal, forward);
    child.on('exit', (code, signal) => {
      for (const s of signals) process.off(s, forward);
      resolve(code ?? 128 + (constants.signals[signal] ?? 0));
    });
  });
}

const sandboxArgs = sandboxArguments(process.argv.slice(2));
ensureDependencies();
const buildCode = await runNode(['scripts/build.ts', '--if-needed']);
if (buildCode !== 0) process.exit(buildCode);
process.exit(await runNode(['e2e/sandbox/main.ts', ...sandboxArgs]));
