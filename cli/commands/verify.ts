/** `support-bundle verify <zip>`: is this bundle exactly what the admin downloaded? */
import { readFile, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { verifyBundle } from '../../frontend/src/core/archive/index.ts';
import { CliError, describeError, EXIT_FAILURE, UsageError } from '../lib/errors.ts';
import { formatBytes, plural } from '../lib/format.ts';

/** Bundles are capped at 250 MB by default; far larger files are not bundles. */
const MAX_BUNDLE_BYTES = 2 * 1024 * 1024 * 1024;

async function readBundle(zipPath: string): Promise<Uint8Array> {
  try {
    const { size } = await stat(zipPath);
    if (size > MAX_BUNDLE_BYTES) {
      throw new UsageError(
        `${zipPath} is ${formatBytes(size)}, too large for a support bundle. Is it the right file?`,
      );
    }
    const bytes = new Uint8Array(await readFile(zipPath));
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      throw new CliError(
        `${zipPath} is not a zip file (damaged or incomplete download?). Ask for the bundle again.`,
      );
    }
    return bytes;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new UsageError(`Cannot read ${zipPath}: ${describeError(error)}. Check the path.`);
  }
}

async function verify(zipPath: string): Promise<number> {
  const check = await verifyBundle(await readBundle(zipPath));
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  if (check.ok) {
    const count = check.manifest?.files.length ?? 0;
    out(
      `OK: ${zipPath} is intact. All ${plural(count, 'file')} match manifest.json (size and SHA-256).`,
    );
    return 0;
  }
  const err = (line: string): void => void process.stderr.write(`${line}\n`);
  err(`FAILED: ${zipPath} does not match its manifest.`);
  for (const path of check.mismatched)
    err(`  changed: ${path} (size or SHA-256 differs from the manifest)`);
  for (const path of check.missing)
    err(`  missing: ${path} (listed in the manifest, not in the zip)`);
  for (const path of check.extra)
    err(`  extra:   ${path} (in the zip, not listed in the manifest)`);
  for (const message of check.errors) err(`  error:   ${message}`);
  err(
    'The bundle was changed or damaged after it was made. Ask the customer to send the original download again.',
  );
  return EXIT_FAILURE;
}

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .summary('check that a bundle is intact: every file matches manifest.json')
    .description(
      'Checks a support bundle zip against its manifest.json: each listed file must be present ' +
        'with the listed size and SHA-256, no unlisted file may be present, and manifest.json ' +
        'must match manifest.json.sha256.',
    )
    .argument('<zip>', 'the bundle zip, e.g. support-bundle-VS-4821.zip')
    .addHelpText(
      'after',
      `
Example:
  $ support-bundle verify support-bundle-VS-4821.zip

Exit codes: 0 intact · 1 changed, missing or extra files (each named) · 2 bad usage.`,
    )
    .action(async (zip: string) => {
      process.exitCode = await verify(zip);
    });
}
