// Starts the Jira DC sandbox from the command line (used by `npm start`):
//   node --import tsx e2e/sandbox/main.ts [--port 2990] [--context-path /jira] [--jar dist/x.jar]
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { LOGINS, startSandbox } from './server.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The newest `dist/*.jar`, by modification time. */
export async function newestJar(distDir: string): Promise<string | undefined> {
  let names: string[];
  try {
    names = (await readdir(distDir)).filter((n) => n.endsWith('.jar'));
  } catch {
    return undefined;
  }
  const withTimes = await Promise.all(
    names.map(async (n) => ({
      path: join(distDir, n),
      mtime: (await stat(join(distDir, n))).mtimeMs,
    })),
  );
  return withTimes.sort((a, b) => b.mtime - a.mtime)[0]?.path;
}

async function main(): Promise<void> {
  const program = new Command()
    .name('sandbox')
    .description('A Jira Data Center sandbox on 127.0.0.1 that loads the plugin JAR')
    .option('--port <port>', 'port to listen on (0 = any)', '2990')
    .option('--context-path <path>', "context path ('' for none)", '/jira')
    .option('--jar <path>', 'plugin JAR (default: the newest dist/*.jar)')
    .option('--node-id <id>', 'node named in X-ANODEID', 'node-1')
    .parse();
  const opts = program.opts<{ port: string; contextPath: string; jar?: string; nodeId: string }>();

  const jar = opts.jar ? resolve(opts.jar) : await newestJar(join(REPO_ROOT, 'dist'));
  if (!jar) {
    console.error('No plugin JAR found in dist/. Run `npm run build` first, or pass --jar <path>.');
    process.exitCode = 1;
    return;
  }
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Not a port: ${opts.port}`);
    process.exitCode = 1;
    return;
  }

  const sandbox = await startSandbox({
    port,
    contextPath: opts.contextPath,
    pluginJar: jar,
    nodeId: opts.nodeId,
  });
  console.log(`Jira DC sandbox running with ${jar}`);
  console.log(
    `  Admin screen: ${sandbox.url}/secure/admin/ViewSystemInfo.jspa?vilisoft-support-bundle#vilisoft-support-bundle`,
  );
  console.log(`  Dashboard:    ${sandbox.url}/secure/Dashboard.jspa`);
  console.log(`  Sysadmin:     ${LOGINS.admin.username} / ${LOGINS.admin.password}`);
  console.log(`  Plain user:   ${LOGINS.user.username} / ${LOGINS.user.password}`);
  console.log(
    `  Faults:       POST ${sandbox.url}/__sandbox/faults {"path":"/rest/api/2/serverInfo","fault":"hang"}`,
  );
  console.log('Press Ctrl+C to stop.');

  const stop = (): void => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
