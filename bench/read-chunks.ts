/** Reads a text file as string chunks, counting the bytes read so far. */
import { createReadStream } from 'node:fs';

export interface ChunkReader {
  chunks: AsyncIterable<string>;
  /** Bytes read so far. */
  bytesRead(): number;
}

/** `limitBytes` reads only a prefix (the generated log is ASCII, so no character is cut). */
export function readChunks(
  path: string,
  chunkBytes: number,
  limitBytes?: number,
  onChunk?: (bytesRead: number) => void,
): ChunkReader {
  const stream = createReadStream(path, {
    encoding: 'utf8',
    highWaterMark: chunkBytes,
    ...(limitBytes === undefined ? {} : { end: limitBytes - 1 }),
  });
  let read = 0;
  async function* chunks(): AsyncIterable<string> {
    for await (const chunk of stream as AsyncIterable<string>) {
      read = stream.bytesRead;
      onChunk?.(read);
      yield chunk;
    }
  }
  return { chunks: chunks(), bytesRead: () => read };
}
