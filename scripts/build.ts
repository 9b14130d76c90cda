// `npm run build`: webpack → web-resources → descriptor → checks → dist/<plugin>.jar,
// plus the CLI bundled into one file for copying onto a Jira node.
// Usage: node --import tsx scripts/build.ts [--if-needed]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCli } from './descriptor/cli-bundle.ts';
import { gzipSize } from './descriptor/gzip-size.ts';
import { createJar } from './descriptor/jar.ts';
import { formatProblems, type Problem } from './descriptor/problem.ts';
import { isUpToDate } from './descriptor/up-to-date.ts';
import { assemblePlugin } from './descriptor/assemble.ts';
import { runWebpack } from './descriptor/run-webpack.ts';
import { toOsgiVersion } from './descriptor/osgi-version.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const WEBPACK_OUT = path.join(ROOT, 'build', 'plugin');
const CLI_ENTRY = path.join(ROOT, 'cli', 'main.ts');
const CLI_OUT = path.join(DIST, 'support-bundle-cli.mjs');
const JAR_PREFIX = 'support-bundle-jira-dc-';

/** Everything the JAR and the CLI bundle are made from. */
const INPUTS = [
  'frontend/src',
  'plugin-descriptor',
  'webpack.config.js',
  'package.json',
  'scripts/build.ts',
  'scripts/descriptor',
  'cli',
].map((p) => path.join(ROOT, p));

function fail(problems: readonly Problem[]): never {
  console.error(`\nBuild failed: the plugin would not work in Jira.\n${formatProblems(problems)}`);
  process.exit(1);
}

function readPackageVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const version = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? pkg.version : '';
  if (typeof version !== 'string' || version === '') {
    fail([
      { problem: 'package.json has no "version".', fix: 'Add "version": "1.0.0" to package.json.' },
    ]);
  }
  return version;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function removeStaleJars(keep: string): void {
  if (!existsSync(DIST)) return;
  for (const name of readdirSync(DIST)) {
    if (name.startsWith(JAR_PREFIX) && name.endsWith('.jar') && name !== path.basename(keep)) {
      rmSync(path.join(DIST, name));
    }
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== '--if-needed');
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown.join(' ')}. Usage: scripts/build.ts [--if-needed]`);
    process.exit(2);
  }
  const packageVersion = readPackageVersion();
  const jarPath = path.join(DIST, `${JAR_PREFIX}${packageVersion}.jar`);
  const hasCli = existsSync(CLI_ENTRY);
  const outputs = hasCli ? [jarPath, CLI_OUT] : [jarPath];
  if (args.includes('--if-needed') && isUpToDate(outputs, INPUTS)) {
    console.log(`${path.relative(ROOT, jarPath)} is newer than its sources: build skipped.`);
    return;
  }

  const started = Date.now();
  const webpackResult = await runWebpack(WEBPACK_OUT);
  for (const warning of webpackResult.warnings) console.warn(`webpack warning: ${warning}`);
  if (webpackResult.errors.length > 0) {
    console.error(webpackResult.errors.join('\n\n'));
    fail([
      {
        problem: `webpack reported ${webpackResult.errors.length} error(s), shown above.`,
        fix: 'Fix the code they point at; `npx tsc --noEmit -p tsconfig.json` shows type errors too.',
      },
    ]);
  }

  const plugin = assemblePlugin({
    root: ROOT,
    webpackOutputDir: WEBPACK_OUT,
    version: toOsgiVersion(packageVersion),
  });
  for (const warning of plugin.warnings) {
    console.warn(`Warning: ${warning.problem}\n  Fix: ${warning.fix}`);
  }
  if (plugin.problems.length > 0) fail(plugin.problems);

  mkdirSync(DIST, { recursive: true });
  writeFileSync(path.join(DIST, 'atlassian-plugin.xml'), plugin.descriptorXml);
  const jar = await createJar(plugin.manifest, plugin.entries);
  removeStaleJars(jarPath);
  writeFileSync(jarPath, jar);

  let cliLine = 'CLI     skipped: cli/main.ts does not exist yet';
  let cliFailed = false;
  if (hasCli) {
    try {
      const size = await bundleCli(CLI_ENTRY, CLI_OUT);
      cliLine = `CLI     ${path.relative(ROOT, CLI_OUT)} (${kb(size)})`;
    } catch {
      // esbuild has already printed what it could not bundle.
      rmSync(CLI_OUT, { force: true });
      cliFailed = true;
      cliLine = 'CLI     FAILED: esbuild could not bundle cli/main.ts (errors above)';
    }
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\nBuilt ${path.relative(ROOT, jarPath)} (${kb(jar.byteLength)}) in ${seconds} s`);
  for (const [key, files] of plugin.webResourceFiles) {
    const gzipped = files.reduce((sum, file) => sum + gzipSize(file.content), 0);
    console.log(`  ${key.padEnd(24)} ${kb(gzipped).padStart(9)} gzipped`);
  }
  console.log(`  ${cliLine}`);
  if (cliFailed) process.exit(1);
}

await main();
