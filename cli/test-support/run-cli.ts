/** Test helpers: run the real CLI as a child process, and build folders and zips on disk. */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { buildBundle, type BundleInput } from '../../frontend/src/core/archive/index.ts';
import type { BundleItem } from '../../frontend/src/core/model.ts';
import { RULESET_VERSION } from '../../frontend/src/core/redact/index.ts';

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../bin/support-bundle.mjs');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string } = {}): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? 1 : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** A fresh temporary folder, removed by the returned cleanup. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'support-bundle-cli-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export type FileSet = Record<string, string | Uint8Array>;

export async function writeFiles(root: string, files: FileSet): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, content);
  }
}

/** `stored`: no compression, so a test can find and change an entry's bytes in the zip. */
export async function zipBytes(
  files: FileSet,
  options: { stored?: boolean } = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, content] of Object.entries(files)) zip.file(path, content);
  return zip.generateAsync({
    type: 'uint8array',
    compression: options.stored ? 'STORE' : 'DEFLATE',
  });
}

export async function readZip(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) out.set(entry.name, await entry.async('string'));
  }
  return out;
}

/** A bundle built by the archive itself, with these files as collected items. */
export async function bundleBytes(
  files: FileSet,
  extra: Partial<BundleInput> = {},
): Promise<Uint8Array> {
  const items: BundleItem[] = Object.entries(files).map(([path, content]) => ({
    path,
    sourceId: 'files',
    bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
    mediaType: 'text/plain',
  }));
  const built = await buildBundle({
    items,
    log: [],
    facts: {},
    findings: [],
    redactionReport: { rulesetVersion: RULESET_VERSION, files: [], totals: {}, byClass: {} },
    productVersion: '0.1.0',
    rulesetVersion: RULESET_VERSION,
    instance: 'host-1a2b3c4d',
    createdAt: '2026-11-20T09:14:03.000Z',
    ...extra,
  });
  return built.zip;
}
