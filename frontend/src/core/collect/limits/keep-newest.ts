/**
 * The per-file cap: a log larger than the cap keeps its newest part, starting at a line
 * boundary. Works on bytes (a newline byte never occurs inside a UTF-8 sequence).
 */

export interface NewestPart {
  bytes: Uint8Array;
  truncated: boolean;
  /** Bytes dropped from the start. */
  droppedBytes: number;
}

const NEWLINE = 0x0a;

/** Keeps at most `maxBytes` of the end of `bytes`, cut just after a newline. */
export function keepNewest(bytes: Uint8Array, maxBytes: number): NewestPart {
  if (bytes.byteLength <= maxBytes) return { bytes, truncated: false, droppedBytes: 0 };
  const start = bytes.byteLength - maxBytes;
  // Cut after the newline at or after `start - 1`, so a line that begins exactly at
  // `start` is kept whole.
  let cut = bytes.indexOf(NEWLINE, Math.max(0, start - 1));
  cut = cut < 0 ? bytes.byteLength : cut + 1;
  return { bytes: bytes.subarray(cut), truncated: true, droppedBytes: cut };
}

/**
 * Reads only the newest `maxBytes` of a file when it can stream from an offset; the
 * first (possibly partial) line of that range is dropped.
 */
export async function readNewest(
  size: number,
  maxBytes: number,
  read: { bytes(): Promise<Uint8Array>; stream?(start?: number): AsyncIterable<Uint8Array> },
): Promise<NewestPart> {
  if (size <= maxBytes || !read.stream) return keepNewest(await read.bytes(), maxBytes);
  // One byte more than the cap, so we can tell whether the range starts on a line boundary.
  const start = Math.max(0, size - maxBytes - 1);
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of read.stream(start)) {
    chunks.push(chunk);
    length += chunk.byteLength;
  }
  const tail = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    tail.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const part = keepNewest(tail, maxBytes);
  return { ...part, truncated: true, droppedBytes: start + part.droppedBytes };
}
