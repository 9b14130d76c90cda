// The CLI as one file to copy onto a Jira node: `node support-bundle-cli.mjs …`.
import { chmodSync, statSync } from 'node:fs';
import { build } from 'esbuild';

// CommonJS dependencies call require(); an ESM bundle needs one made for it.
const BANNER = [
  '#!/usr/bin/env node',
  "import { createRequire as __createRequire } from 'node:module';",
  'const require = __createRequire(import.meta.url);',
].join('\n');

/** Bundles `entry` into `outfile`; returns its size in bytes. */
export async function bundleCli(entry: string, outfile: string): Promise<number> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: BANNER },
    legalComments: 'none',
    logLevel: 'warning',
  });
  chmodSync(outfile, 0o755);
  return statSync(outfile).size;
}
