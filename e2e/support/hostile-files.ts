/**
 * Hostile files for the tests, made on the spot: random bytes (seeded, so a failure can be
 * replayed), zips whose entries climb out of their folder or lie about their size, and a
 * large sparse file that costs no disk.
 */
import { open } from 'node:fs/promises';

/** Deterministic bytes from a seed (xorshift32): "random" content that is the same every run. */
export function randomBytes(length: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out[i] = state & 0xff;
  }
  return out;
}

/** Rewrites the uncompressed size of every central-directory record: a zip that lies. */
export function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

/** Creates a file of `bytes` zeros without writing them (sparse where the disk allows). */
export async function sparseFile(path: string, bytes: number): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.truncate(bytes);
  } finally {
    await handle.close();
  }
}

export const MIB = 1024 * 1024;
