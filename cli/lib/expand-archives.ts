/**
 * Opens compressed files inside the input, as the screen does (the core's compressed.ts
 * decides which and what their contents are called): a `.gz` becomes an entry under its
 * name without `.gz`, unpacked while it streams; a `logs.zip` becomes the folder
 * `logs.zip/` of its entries. A nested zip is copied to a private temporary file and read
 * by the same zip reader, with the same limits, as an input zip; `dispose` removes the copies.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  archiveKind,
  gunzip,
  gunzippedName,
  MAX_ARCHIVE_DEPTH,
  mayBeArchive,
  UNOPENED_ARCHIVE_ADVICE,
} from '../../frontend/src/core/collect/files/compressed.ts';
import { describeError } from './errors.ts';
import type { InputEntry, InputProblem } from './input-tree.ts';
import { openZipEntry, readZipDirectory, ZipFormatError, type ZipLimits } from './zip-reader.ts';

/** A compressed file that was opened, and where its contents are in the output. */
export interface OpenedArchive {
  path: string;
  /** The unpacked file (gzip), or the folder of its entries (zip, ending in `/`). */
  into: string;
  files: number;
}

export interface ExpandedEntries {
  entries: InputEntry[];
  problems: InputProblem[];
  opened: OpenedArchive[];
  /** Removes the temporary copies of nested zips. */
  dispose(): Promise<void>;
}

async function headOf(entry: InputEntry): Promise<Uint8Array> {
  for await (const chunk of entry.open()) return chunk.subarray(0, 4);
  return new Uint8Array(0);
}

export async function expandArchives(
  input: InputEntry[],
  limits: ZipLimits,
): Promise<ExpandedEntries> {
  const problems: InputProblem[] = [];
  const opened: OpenedArchive[] = [];
  const taken = new Set(input.map((entry) => entry.path));
  let tempDir: string | undefined;
  let copies = 0;

  const copyToTemp = async (entry: InputEntry): Promise<string> => {
    tempDir ??= await mkdtemp(join(tmpdir(), 'support-bundle-nested-'));
    const path = join(tempDir, `${(copies += 1)}.zip`);
    await pipeline(
      Readable.from(entry.open()),
      createWriteStream(path, { flags: 'wx', mode: 0o600 }),
    );
    return path;
  };

  const openZip = async (entry: InputEntry): Promise<InputEntry[] | undefined> => {
    let copy;
    let listing;
    try {
      copy = await copyToTemp(entry);
      listing = await readZipDirectory(copy, entry.size, limits);
    } catch (error) {
      const reason = error instanceof ZipFormatError ? error.message : describeError(error);
      problems.push({
        path: entry.path,
        message: `not opened: ${reason}. Get a fresh copy, or unpack it and add its files`,
      });
      return undefined;
    }
    for (const rejected of listing.rejected)
      problems.push({ path: `${entry.path}/${rejected.path}`, message: rejected.message });
    const members: InputEntry[] = [];
    for (const member of listing.entries) {
      const path = `${entry.path}/${member.path}`;
      if (taken.has(path)) {
        problems.push({ path, message: 'refused: the input already has a file with this path' });
        continue;
      }
      taken.add(path);
      const from = copy;
      members.push({ path, size: member.size, open: () => openZipEntry(from, member) });
    }
    opened.push({ path: entry.path, into: `${entry.path}/`, files: members.length });
    return members;
  };

  const expand = async (entries: InputEntry[], depth: number): Promise<InputEntry[]> => {
    const out: InputEntry[] = [];
    for (const entry of entries) {
      if (!mayBeArchive(entry.path)) {
        out.push(entry);
        continue;
      }
      let kind;
      try {
        kind = archiveKind(entry.path, await headOf(entry));
      } catch (error) {
        problems.push({ path: entry.path, message: `cannot be read: ${describeError(error)}` });
        continue;
      }
      if (kind === undefined) {
        out.push(entry);
      } else if (depth + 1 > MAX_ARCHIVE_DEPTH) {
        problems.push({
          path: entry.path,
          message: `not opened: it is an archive nested more than ${MAX_ARCHIVE_DEPTH} levels deep. ${UNOPENED_ARCHIVE_ADVICE}`,
        });
      } else if (kind === 'gzip') {
        const path = gunzippedName(entry.path, (candidate) => taken.has(candidate));
        taken.add(path);
        out.push({
          path,
          size: entry.size,
          unpackedFrom: entry.path,
          open: () =>
            gunzip(entry.open(), { compressedBytes: entry.size, maxBytes: limits.maxEntryBytes }),
        });
        opened.push({ path: entry.path, into: path, files: 1 });
      } else {
        const members = await openZip(entry);
        if (members) out.push(...(await expand(members, depth + 1)));
      }
    }
    return out;
  };

  const entries = await expand(input, 0);
  return {
    entries,
    problems,
    opened,
    async dispose() {
      if (tempDir !== undefined) await rm(tempDir, { recursive: true, force: true });
    },
  };
}
