/**
 * A small, careful zip reader for untrusted input (an Atlassian support zip, a received
 * bundle). It reads the central directory from disk and streams each entry, so a zip of
 * several GB never sits in memory. Unsafe entries (`..`, absolute paths, links, duplicate
 * names) and likely zip bombs are refused up front; every entry is checked while it
 * streams (never more bytes than declared, CRC-32 at the end).
 */
import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';

export interface ZipLimits {
  /** Largest uncompressed/compressed ratio accepted for entries above `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

const MiB = 1024 * 1024;
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxRatio: 1000,
  ratioFloorBytes: MiB,
  maxEntryBytes: 16 * 1024 * MiB,
  maxTotalBytes: 64 * 1024 * MiB,
};

export interface ZipEntry {
  /** Normalised path: forward slashes, no `./`, no leading slash. */
  path: string;
  size: number;
  compressedSize: number;
  crc32: number;
  method: number;
  localHeaderOffset: number;
}

export interface ZipListing {
  entries: ZipEntry[];
  rejected: { path: string; message: string }[];
}

/** The zip as a whole cannot be read. */
export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

/** Why an entry name must not be written anywhere, or null when it is safe. */
export function unsafeNameReason(raw: string): string | null {
  if (raw.includes('\0')) return 'its name contains a NUL character';
  const name = raw.replace(/\\/g, '/');
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'its name is an absolute path';
  if (name.split('/').includes('..')) return 'its name climbs out of the folder with ".."';
  return null;
}

export function normaliseName(raw: string): string {
  return raw
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .join('/');
}

async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function big(buffer: Buffer, offset: number): number {
  return Number(buffer.readBigUInt64LE(offset));
}

async function locateCentralDirectory(
  path: string,
  fileSize: number,
): Promise<{ offset: number; size: number; count: number }> {
  const tailLength = Math.min(fileSize, 0xffff + 22 + 20);
  const tail = await readAt(path, fileSize - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === SIG_EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0)
    throw new ZipFormatError('it is not a zip file, or its end is missing (truncated download?)');
  if (tail.readUInt16LE(at + 4) !== 0 || tail.readUInt16LE(at + 6) !== 0) {
    throw new ZipFormatError('it is a multi-part (split) zip; join the parts into one zip first');
  }
  let count = tail.readUInt16LE(at + 10);
  let size = tail.readUInt32LE(at + 12);
  let offset = tail.readUInt32LE(at + 16);
  const locator = at - 20;
  if (locator >= 0 && tail.readUInt32LE(locator) === SIG_EOCD64_LOCATOR) {
    const record = await readAt(path, big(tail, locator + 8), 56);
    if (record.length < 56 || record.readUInt32LE(0) !== SIG_EOCD64) {
      throw new ZipFormatError('its zip64 directory record is damaged');
    }
    count = big(record, 32);
    size = big(record, 40);
    offset = big(record, 48);
  }
  if (offset + size > fileSize)
    throw new ZipFormatError('its directory points past the end of the file (truncated?)');
  return { offset, size, count };
}

/** Lists the entries of a zip on disk; unsafe or oversized ones go to `rejected`. */
export async function readZipDirectory(
  path: string,
  fileSize: number,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<ZipListing> {
  const { offset, size, count } = await locateCentralDirectory(path, fileSize);
  const dir = await readAt(path, offset, size);
  const entries: ZipEntry[] = [];
  const rejected: ZipListing['rejected'] = [];
  const seen = new Set<string>();
  let total = 0;
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== SIG_CENTRAL) {
      throw new ZipFormatError(`its directory is damaged at entry ${i + 1} of ${count}`);
    }
    const madeBy = dir.readUInt16LE(p + 4) >> 8;
    const flags = dir.readUInt16LE(p + 8);
    const method = dir.readUInt16LE(p + 10);
    const crc = dir.readUInt32LE(p + 16);
    let compressedSize = dir.readUInt32LE(p + 20);
    let entrySize = dir.readUInt32LE(p + 24);
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const commentLength = dir.readUInt16LE(p + 32);
    const externalAttributes = dir.readUInt32LE(p + 38);
    let localHeaderOffset = dir.readUInt32LE(p + 42);
    const nameBytes = dir.subarray(p + 46, p + 46 + nameLength);
    const rawName = nameBytes.toString(flags & 0x800 ? 'utf8' : 'latin1');
    const extra = dir.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
    p += 46 + nameLength + extraLength + commentLength;

    for (let e = 0; e + 4 <= extra.length;) {
      const id = extra.readUInt16LE(e);
      const length = extra.readUInt16LE(e + 2);
      if (id === 0x0001) {
        // Zip64: each field that overflowed 32 bits follows here, in this order.
        const values: number[] = [];
        for (let f = e + 4; f + 8 <= e + 4 + length; f += 8) values.push(big(extra, f));
        if (entrySize === MAX32) entrySize = values.shift() ?? entrySize;
        if (compressedSize === MAX32) compressedSize = values.shift() ?? compressedSize;
        if (localHeaderOffset === MAX32) localHeaderOffset = values.shift() ?? localHeaderOffset;
      }
      e += 4 + length;
    }

    const reject = (message: string): void => {
      rejected.push({ path: rawName, message });
    };
    // Folder entries carry no data; folders are made from the file paths.
    if (rawName.endsWith('/') || rawName.endsWith('\\')) continue;
    const unsafe = unsafeNameReason(rawName);
    if (unsafe) {
      reject(`refused: ${unsafe}`);
      continue;
    }
    const name = normaliseName(rawName);
    const fileType = (externalAttributes >>> 16) & 0o170000;
    if (madeBy === 3 && fileType === 0o120000) reject('refused: it is a symbolic link');
    else if (name === '') reject('refused: it has an empty name');
    else if (seen.has(name)) reject('refused: a second entry with the same name');
    else if (flags & 0x1) reject('cannot be read: it is encrypted (password-protected zip)');
    else if (method !== 0 && method !== 8)
      reject(`cannot be read: compression method ${method} is not supported`);
    else if (entrySize > limits.maxEntryBytes)
      reject(`refused: it would expand to ${entrySize} bytes, above the limit`);
    else if (entrySize > limits.ratioFloorBytes && entrySize > compressedSize * limits.maxRatio) {
      reject(`refused: it would expand more than ${limits.maxRatio}× (a zip bomb?)`);
    } else if (total + entrySize > limits.maxTotalBytes)
      reject('refused: the zip expands beyond the total limit');
    else {
      seen.add(name);
      total += entrySize;
      entries.push({
        path: name,
        size: entrySize,
        compressedSize,
        crc32: crc,
        method,
        localHeaderOffset,
      });
    }
  }
  return { entries, rejected };
}

/** Streams one entry's bytes; throws if the data is damaged or longer than declared. */
export async function* openZipEntry(path: string, entry: ZipEntry): AsyncIterable<Uint8Array> {
  const header = await readAt(path, entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== SIG_LOCAL) {
    throw new Error('its data is missing or damaged (local header not found)');
  }
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  let produced = 0;
  let crc = 0;
  if (entry.compressedSize > 0) {
    const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1 });
    const stream = entry.method === 8 ? pipeline(raw, createInflateRaw(), () => undefined) : raw;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        produced += chunk.length;
        if (produced > entry.size)
          throw new Error('it holds more data than declared (damaged, or a zip bomb)');
        crc = crc32(chunk, crc);
        yield chunk;
      }
    } catch (error) {
      if (error instanceof Error && 'code' in error && String(error.code).startsWith('Z_')) {
        throw new Error(`its compressed data is damaged (${error.message})`);
      }
      throw error;
    } finally {
      raw.destroy();
      stream.destroy();
    }
  }
  if (produced !== entry.size)
    throw new Error('it is shorter than declared (damaged or truncated)');
  if (crc >>> 0 !== entry.crc32) throw new Error('it is damaged (CRC-32 checksum mismatch)');
}
