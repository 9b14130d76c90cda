/**
 * One view over the three kinds of input the commands accept: a single file, a folder,
 * or a zip. Each entry is opened lazily as a byte stream, so nothing large is held in memory.
 */
import { createReadStream } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CliError, describeError, UsageError } from './errors.ts';
import {
  DEFAULT_ZIP_LIMITS,
  openZipEntry,
  readZipDirectory,
  ZipFormatError,
  type ZipLimits,
} from './zip-reader.ts';

export interface InputEntry {
  /** Path inside the input, forward slashes (the file name for a single file). */
  path: string;
  size: number;
  open(): AsyncIterable<Uint8Array>;
  /** For the text of a gzip: the gzip's own path, named in messages (see expand-archives.ts). */
  unpackedFrom?: string;
}

export interface InputProblem {
  path: string;
  message: string;
}

export interface InputTree {
  kind: 'file' | 'folder' | 'zip';
  entries: InputEntry[];
  /** Entries found but refused or unreadable before any processing. */
  problems: InputProblem[];
}

function fileStream(path: string): AsyncIterable<Uint8Array> {
  return createReadStream(path, { highWaterMark: 256 * 1024 });
}

async function isZipFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    const magic = bytesRead === 4 ? head.readUInt32LE(0) : 0;
    return magic === 0x04034b50 || magic === 0x06054b50;
  } finally {
    await handle.close();
  }
}

async function walkFolder(root: string): Promise<Pick<InputTree, 'entries' | 'problems'>> {
  const entries: InputEntry[] = [];
  const problems: InputProblem[] = [];
  const visit = async (dir: string, prefix: string): Promise<void> => {
    let children;
    try {
      children = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({
        path: prefix || '.',
        message: `folder cannot be read: ${describeError(error)}`,
      });
      return;
    }
    children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const child of children) {
      const relative = prefix ? `${prefix}/${child.name}` : child.name;
      const full = join(dir, child.name);
      if (child.isSymbolicLink()) {
        problems.push({ path: relative, message: 'skipped: symbolic links are not followed' });
      } else if (child.isDirectory()) {
        await visit(full, relative);
      } else if (child.isFile()) {
        try {
          const { size } = await lstat(full);
          entries.push({ path: relative, size, open: () => fileStream(full) });
        } catch (error) {
          problems.push({ path: relative, message: `cannot be read: ${describeError(error)}` });
        }
      } else {
        problems.push({ path: relative, message: 'skipped: not a regular file' });
      }
    }
  };
  await visit(root, '');
  return { entries, problems };
}

/** Opens a file, folder or zip. Throws UsageError when the path is missing, CliError when a zip is unreadable. */
export async function openInput(
  path: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<InputTree> {
  let stats;
  try {
    stats = await lstat(path);
  } catch (error) {
    throw new UsageError(`Cannot open the input ${path}: ${describeError(error)}. Check the path.`);
  }
  if (stats.isDirectory()) return { kind: 'folder', ...(await walkFolder(path)) };
  if (!stats.isFile())
    throw new UsageError(`The input ${path} is neither a file, a folder nor a zip.`);
  let zip: boolean;
  try {
    zip = await isZipFile(path);
  } catch (error) {
    throw new CliError(`Cannot read the input ${path}: ${describeError(error)}.`);
  }
  if (!zip) {
    if (path.toLowerCase().endsWith('.zip')) {
      throw new CliError(
        `${path} is named .zip but is not a zip file (damaged or incomplete download?). Get a fresh copy.`,
      );
    }
    return {
      kind: 'file',
      entries: [{ path: basename(path), size: stats.size, open: () => fileStream(path) }],
      problems: [],
    };
  }
  try {
    const listing = await readZipDirectory(path, stats.size, limits);
    return {
      kind: 'zip',
      entries: listing.entries.map((entry) => ({
        path: entry.path,
        size: entry.size,
        open: () => openZipEntry(path, entry),
      })),
      problems: listing.rejected,
    };
  } catch (error) {
    if (error instanceof ZipFormatError) {
      throw new CliError(
        `Cannot read the zip ${path}: ${error.message}. Get a fresh copy of the zip.`,
      );
    }
    throw new CliError(`Cannot read the zip ${path}: ${describeError(error)}.`);
  }
}
