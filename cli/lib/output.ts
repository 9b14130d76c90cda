/**
 * Where redacted output goes. Everything is written into a staging path next to the
 * output and moved into place at the end, so a failed or interrupted run never leaves a
 * half-written output (or a half-overwritten old one) behind.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { errorCode, UsageError } from './errors.ts';
import { openWriter, type FileWriter } from './streams.ts';

/** True when `child` is `parent` itself or somewhere below it. */
export function isInside(child: string, parent: string): boolean {
  const rel = relative(resolve(parent), resolve(child));
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/** Refuses outputs that would clobber the input or an existing file without --force. */
export async function checkOutputPath(
  input: string,
  output: string,
  force: boolean,
): Promise<void> {
  if (isInside(output, input)) {
    throw new UsageError(
      `The output ${output} is inside the input ${input}. Choose an output outside it, e.g. ${resolve(input)}-redacted.`,
    );
  }
  if (isInside(input, output)) {
    throw new UsageError(
      `The output ${output} contains the input ${input}. Choose another output path.`,
    );
  }
  if (!force && (await exists(output))) {
    throw new UsageError(
      `The output ${output} already exists. Choose another path, or add --force to replace it.`,
    );
  }
}

/** Refuses a private map path inside the output or equal to the input. */
export async function checkMapPath(
  map: string,
  input: string,
  output: string,
  force: boolean,
): Promise<void> {
  if (isInside(map, output)) {
    throw new UsageError(
      `The private map ${map} would be inside the output. The map must never travel with the bundle: choose a path outside ${output}.`,
    );
  }
  if (resolve(map) === resolve(input))
    throw new UsageError('The private map path is the input itself.');
  if (!force && (await exists(map))) {
    throw new UsageError(
      `The private map ${map} already exists. Choose another path, or add --force to replace it.`,
    );
  }
}

export interface Staging {
  /** Opens the file for an entry path (for a single-file output the path is ignored). */
  create(path: string): Promise<FileWriter>;
  /** The staging folder (folder and zip outputs) or file (single file). */
  readonly location: string;
  /** Moves the staged result to the output, replacing an old one. */
  commit(finalise?: (staged: string, target: string) => Promise<void>): Promise<void>;
  discard(): Promise<void>;
}

export async function createStaging(output: string, kind: 'file' | 'folder'): Promise<Staging> {
  const target = resolve(output);
  await mkdir(dirname(target), { recursive: true });
  const location = `${target}.partial-${randomBytes(4).toString('hex')}`;
  if (kind === 'folder') await mkdir(location, { mode: 0o755 });
  return {
    location,
    async create(path) {
      if (kind === 'file') return openWriter(location);
      const full = resolve(join(location, path));
      if (!isInside(full, location) || full === location) {
        throw new Error('its path would land outside the output folder');
      }
      await mkdir(dirname(full), { recursive: true });
      return openWriter(full);
    },
    async commit(finalise) {
      if (finalise) {
        const packed = `${location}.out`;
        await finalise(location, packed);
        await rm(target, { recursive: true, force: true });
        await rename(packed, target);
        await rm(location, { recursive: true, force: true });
        return;
      }
      await rm(target, { recursive: true, force: true });
      await rename(location, target);
    },
    async discard() {
      await rm(location, { recursive: true, force: true });
      await rm(`${location}.out`, { recursive: true, force: true });
    },
  };
}
