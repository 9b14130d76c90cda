/**
 * Sizes the screen shows before anything is generated: per source (typical sizes) and per
 * added file (after the per-file cap; a zip by its entries). The time window can only make
 * a log smaller, so these are upper bounds.
 */
import type { AddedFile, CollectionLimits } from '../../model.ts';
import {
  isLogName,
  isSafeEntryName,
  isZipName,
  safeFileName,
  startsLikeZip,
} from '../files/file-kinds.ts';
import { archiveKindOfFile, gunzippedName } from '../files/compressed.ts';
import { inflateBudget, listZipEntries, MAX_ZIP_ENTRIES } from '../files/support-zip.ts';
import { findSource } from '../sources/index.ts';

export interface FileEstimate {
  name: string;
  /** The file's own size. */
  size: number;
  /** Bytes it will add to the bundle at most, before redaction and compression. */
  estimatedBytes: number;
  /**
   * `whole`, `newest-part` (a log over the cap), `too-large` (left out), `zip`, or
   * `unreadable` (named like a zip but not one that can be read: left out).
   */
  treatment: 'whole' | 'newest-part' | 'too-large' | 'zip' | 'unreadable';
  /** For a zip: entries that will be included. */
  entries?: number;
  /** For a gzip: the name its text takes in the bundle (it is unpacked, not a binary). */
  unpackedName?: string;
}

/** The last bytes of a file (a gzip's trailer), streamed when the file can. */
async function tailOf(file: AddedFile, length: number): Promise<Uint8Array> {
  const start = Math.max(0, file.size - length);
  if (!file.stream) return (await file.bytes()).subarray(start);
  const chunks: Uint8Array[] = [];
  for await (const chunk of file.stream(start)) chunks.push(chunk);
  const tail = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  chunks.reduce((offset, chunk) => (tail.set(chunk, offset), offset + chunk.byteLength), 0);
  return tail;
}

/**
 * A gzip's size unpacked, from its trailer (the size modulo 4 GiB, of its last member).
 * Smaller than the gzip itself means it wrapped or there are several members: unknown.
 */
async function gunzippedSize(file: AddedFile): Promise<number | undefined> {
  const trailer = await tailOf(file, 4);
  if (trailer.byteLength < 4) return undefined;
  const size = new DataView(trailer.buffer, trailer.byteOffset, 4).getUint32(0, true);
  return size >= file.size ? size : undefined;
}

async function estimateGzip(
  file: AddedFile,
  name: string,
  limits: CollectionLimits,
): Promise<FileEstimate> {
  const unpackedName = gunzippedName(name, () => false);
  const base = { name, size: file.size, unpackedName };
  const size = await gunzippedSize(file);
  if (isLogName(unpackedName)) {
    return size !== undefined && size <= limits.maxFileBytes
      ? { ...base, estimatedBytes: size, treatment: 'whole' }
      : { ...base, estimatedBytes: limits.maxFileBytes, treatment: 'newest-part' };
  }
  return size !== undefined && size > limits.maxFileBytes
    ? { ...base, estimatedBytes: 0, treatment: 'too-large' }
    : { ...base, estimatedBytes: size ?? limits.maxFileBytes, treatment: 'whole' };
}

function entryEstimate(name: string, declared: number, limits: CollectionLimits): number {
  if (!isSafeEntryName(name)) return 0;
  if (isLogName(name)) return Math.min(declared, limits.maxFileBytes);
  return declared <= limits.maxFileBytes ? declared : 0;
}

export async function estimateAddedFile(
  file: AddedFile,
  limits: CollectionLimits,
): Promise<FileEstimate> {
  const name = safeFileName(file.name);
  const base = { name, size: file.size };
  if ((await archiveKindOfFile(name, file)) === 'gzip') {
    return estimateGzip(file, name, limits);
  }
  if (isZipName(name) && file.size <= inflateBudget(limits)) {
    const bytes = await file.bytes();
    if (startsLikeZip(bytes)) {
      try {
        const entries = (await listZipEntries(bytes)).slice(0, MAX_ZIP_ENTRIES);
        let budget = inflateBudget(limits);
        let total = 0;
        let count = 0;
        for (const entry of entries) {
          const declared = entry.declared ?? 0;
          const estimate = declared > budget ? 0 : entryEstimate(entry.name, declared, limits);
          budget -= estimate > 0 ? declared : 0;
          total += estimate;
          if (estimate > 0 || declared === 0) count += 1;
        }
        return { ...base, estimatedBytes: total, treatment: 'zip', entries: count };
      } catch {
        return { ...base, estimatedBytes: 0, treatment: 'unreadable' };
      }
    }
    return { ...base, estimatedBytes: 0, treatment: 'unreadable' };
  } else if (isZipName(name)) {
    return { ...base, estimatedBytes: 0, treatment: 'too-large' };
  }
  if (isLogName(name)) {
    return file.size > limits.maxFileBytes
      ? { ...base, estimatedBytes: limits.maxFileBytes, treatment: 'newest-part' }
      : { ...base, estimatedBytes: file.size, treatment: 'whole' };
  }
  return file.size > limits.maxFileBytes
    ? { ...base, estimatedBytes: 0, treatment: 'too-large' }
    : { ...base, estimatedBytes: file.size, treatment: 'whole' };
}

export interface BundleEstimate {
  sources: { id: string; bytes: number }[];
  files: FileEstimate[];
  totalBytes: number;
  /** True when the estimate is over the total cap (items at the end will be left out). */
  overTotal: boolean;
}

export async function estimateBundle(input: {
  sourceIds: readonly string[];
  files: readonly AddedFile[];
  limits: CollectionLimits;
}): Promise<BundleEstimate> {
  const sources = input.sourceIds
    .filter((id) => id !== 'files')
    .map((id) => ({ id, bytes: findSource(id)?.typicalBytes ?? 0 }));
  const wantsFiles = input.sourceIds.includes('files');
  const files = wantsFiles
    ? await Promise.all(input.files.map((file) => estimateAddedFile(file, input.limits)))
    : [];
  const totalBytes =
    sources.reduce((sum, s) => sum + s.bytes, 0) +
    files.reduce((sum, f) => sum + f.estimatedBytes, 0);
  return { sources, files, totalBytes, overTotal: totalBytes > input.limits.maxTotalBytes };
}
