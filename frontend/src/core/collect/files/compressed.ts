/**
 * Compressed files inside inputs (a rotated `catalina.out-20241118.gz`, a `logs.zip` inside
 * a support zip). This is the one place that decides whether a file is opened, what its
 * contents are called, and how a gzip is unpacked: the screen's worker (added files, zip
 * entries) and the CLI both ask here. Gzip uses the platform's `DecompressionStream`, and
 * unpacking stops as soon as it passes its cap, so a gzip bomb never sits in memory.
 */
import type { AddedFile } from '../../model.ts';
import { startsLikeZip } from './file-kinds.ts';

/** A file that is opened rather than treated as one binary. */
export type ArchiveKind = 'gzip' | 'zip';

/**
 * Archives opened inside an input: the input itself (a folder, the support zip) is level 0,
 * `logs.zip` in it is 1, a `.gz` inside that is 2. Deeper ones are reported, not opened.
 */
export const MAX_ARCHIVE_DEPTH = 2;

/** No support file compresses better than this; a member that does is a bomb. */
export const MAX_EXPANSION_RATIO = 1000;
/** Small members may compress very well (a file of blanks); the ratio counts above this. */
export const RATIO_FLOOR_BYTES = 1024 * 1024;

const GZIP_NAME = /\.gz$/i;
const ZIP_NAME = /\.zip$/i;
/** Archives of many files we do not unpack here (tar needs a reader of its own). */
const UNOPENED_ARCHIVE_NAME = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|7z|rar)$/i;

/** What to do with an archive that stays closed; said wherever one is left out. */
export const UNOPENED_ARCHIVE_ADVICE = 'Unpack the archive and add its files.';

function baseName(path: string): string {
  return path.replace(/\\/g, '/').split('/').pop() ?? path;
}

/** A tar or other multi-file archive: left out as a binary, with advice to unpack it. */
export function isUnopenedArchiveName(path: string): boolean {
  return UNOPENED_ARCHIVE_NAME.test(baseName(path));
}

/** Named like a gzip or zip that may be opened: only these need their first bytes read. */
export function mayBeArchive(path: string): boolean {
  const name = baseName(path);
  return (GZIP_NAME.test(name) || ZIP_NAME.test(name)) && !isUnopenedArchiveName(name);
}

export function startsLikeGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * Whether to open a file: its name says gzip or zip and its first bytes agree. A `.jar`
 * (a zip) or a `.tar.gz` (a gzip) stays closed; a `.gz` that is really text is read as text.
 */
export function archiveKind(path: string, head: Uint8Array): ArchiveKind | undefined {
  if (!mayBeArchive(path)) return undefined;
  if (GZIP_NAME.test(path)) return startsLikeGzip(head) ? 'gzip' : undefined;
  return startsLikeZip(head) ? 'zip' : undefined;
}

/** `archiveKind` of an added file; only a file named like an archive has its first bytes read. */
export async function archiveKindOfFile(
  name: string,
  file: Pick<AddedFile, 'bytes' | 'stream'>,
): Promise<ArchiveKind | undefined> {
  if (!mayBeArchive(name)) return undefined;
  let head: Uint8Array = new Uint8Array(0);
  if (file.stream) {
    for await (const chunk of file.stream(0)) {
      head = chunk.subarray(0, 4);
      break;
    }
  } else {
    head = (await file.bytes()).subarray(0, 4);
  }
  return archiveKind(name, head);
}

/**
 * The name a gzip's contents take: `catalina.out-20241118.gz` → `catalina.out-20241118`.
 * When that name is taken in the same folder, `catalina.out-20241118.gz.txt` (then
 * `….gz-2.txt`, …): distinct, and it still shows where the text came from.
 */
export function gunzippedName(path: string, taken: (candidate: string) => boolean): string {
  const plain = path.replace(GZIP_NAME, '');
  if (plain !== path && plain !== '' && !plain.endsWith('/') && !taken(plain)) return plain;
  let candidate = `${path}.txt`;
  for (let n = 2; taken(candidate); n += 1) candidate = `${path}-${n}.txt`;
  return candidate;
}

/** Why unpacking stopped, in words for the person who added the file. */
export class ExpansionError extends Error {
  constructor(
    readonly reason: 'too-large' | 'damaged',
    message: string,
  ) {
    super(message);
    this.name = 'ExpansionError';
  }
}

/** The stream takes only views of a plain ArrayBuffer; a shared one (never seen here) is copied. */
function ownBuffer(chunk: Uint8Array): Uint8Array<ArrayBuffer> {
  return chunk.buffer instanceof ArrayBuffer
    ? (chunk as Uint8Array<ArrayBuffer>)
    : new Uint8Array(chunk);
}

export interface GunzipLimits {
  /** Size of the gzip itself: the output may be at most `MAX_EXPANSION_RATIO` times this. */
  compressedBytes: number;
  /** Most bytes the output may have in any case. */
  maxBytes: number;
}

/**
 * Unpacks a gzip stream chunk by chunk (concatenated members, as logrotate may write, are
 * read too). Throws `ExpansionError` as soon as the output passes its cap, or when the
 * data is damaged; a source error (a damaged outer zip) is passed on as it is. Stopping
 * early (a consumer that only peeks) stops reading the source.
 */
export async function* gunzip(
  source: AsyncIterable<Uint8Array>,
  limits: GunzipLimits,
): AsyncIterable<Uint8Array> {
  const ratioCap = Math.max(RATIO_FLOOR_BYTES, limits.compressedBytes * MAX_EXPANSION_RATIO);
  const maxBytes = Math.min(ratioCap, limits.maxBytes);
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let sourceError: { error: unknown } | undefined;
  const feeding = (async () => {
    const chunks = source[Symbol.asyncIterator]();
    try {
      for (;;) {
        let next;
        try {
          next = await chunks.next();
        } catch (error) {
          // The source failed (a damaged outer zip): the reader below reports this error.
          sourceError = { error };
          await writer.abort(error).catch(() => undefined);
          return;
        }
        if (next.done) break;
        await writer.write(ownBuffer(next.value));
      }
      await writer.close();
    } catch {
      // The gzip data is damaged, or the reader stopped: the reader reports it; close the source.
      await chunks.return?.()?.catch(() => undefined);
    }
  })();
  let produced = 0;
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch (error) {
        if (sourceError) throw sourceError.error;
        const detail = error instanceof Error ? error.message : String(error);
        throw new ExpansionError('damaged', `its gzip data is damaged (${detail})`);
      }
      if (next.done) break;
      produced += next.value.byteLength;
      if (produced > maxBytes) {
        throw new ExpansionError(
          'too-large',
          maxBytes === ratioCap
            ? `it would expand more than ${MAX_EXPANSION_RATIO}× its size (a likely gzip bomb), so unpacking was stopped`
            : `it unpacks to more than ${maxBytes} bytes, over the limit, so unpacking was stopped`,
        );
      }
      yield next.value;
    }
  } finally {
    // Stops the feeder when the consumer stopped early or unpacking failed; a no-op at the end.
    await reader.cancel().catch(() => undefined);
    await feeding;
  }
}

/** Yields `bytes` as one chunk: a file already in memory, as a stream for `gunzip`. */
export async function* asStream(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}
