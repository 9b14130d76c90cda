/**
 * Unpacks one zip entry chunk by chunk, stopping as soon as it grows past its declared
 * size (a zip bomb or a damaged zip). For logs only the last `keepBytes` are kept.
 */
import type JSZip from 'jszip';

export class ZipBombError extends Error {
  constructor() {
    super('Entry unpacks to more than its declared size');
    this.name = 'ZipBombError';
  }
}

interface InternalStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): InternalStream;
  on(event: 'error', listener: (error: Error) => void): InternalStream;
  on(event: 'end', listener: () => void): InternalStream;
  resume(): InternalStream;
  pause(): InternalStream;
}

export interface Inflated {
  /** The whole entry, or its last `keepBytes` bytes. */
  bytes: Uint8Array;
  /** Bytes the entry unpacked to. */
  total: number;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Reads a stream to its end keeping only its last `keepBytes` (whole chunks, then trimmed). */
export async function keepLastBytes(
  source: AsyncIterable<Uint8Array>,
  keepBytes: number,
): Promise<Inflated> {
  const chunks: Uint8Array[] = [];
  let kept = 0;
  let total = 0;
  for await (const chunk of source) {
    total += chunk.byteLength;
    chunks.push(chunk);
    kept += chunk.byteLength;
    while (chunks.length > 1 && kept - chunks[0]!.byteLength >= keepBytes) {
      kept -= chunks.shift()!.byteLength;
    }
  }
  const bytes = concat(chunks, kept);
  return { bytes: kept > keepBytes ? bytes.subarray(kept - keepBytes) : bytes, total };
}

export function inflateEntry(
  file: JSZip.JSZipObject,
  maxBytes: number,
  keepBytes: number,
): Promise<Inflated> {
  const stream = (
    file as unknown as { internalStream(type: string): InternalStream }
  ).internalStream('uint8array');
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let kept = 0;
    let total = 0;
    let finished = false;
    const fail = (error: Error): void => {
      if (finished) return;
      finished = true;
      stream.pause();
      reject(error);
    };
    stream
      .on('data', (chunk) => {
        if (finished) return;
        total += chunk.byteLength;
        if (total > maxBytes) return fail(new ZipBombError());
        chunks.push(chunk);
        kept += chunk.byteLength;
        // Drop whole old chunks while what remains still covers `keepBytes`.
        while (chunks.length > 1 && kept - chunks[0]!.byteLength >= keepBytes) {
          kept -= chunks.shift()!.byteLength;
        }
      })
      .on('error', (error) => fail(error))
      .on('end', () => {
        if (finished) return;
        finished = true;
        const bytes = concat(chunks, kept);
        resolve({ bytes: kept > keepBytes ? bytes.subarray(kept - keepBytes) : bytes, total });
      })
      .resume();
  });
}
