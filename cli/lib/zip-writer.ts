/** Packs staged files into a zip, streaming each file from disk (one open at a time). */
import { createReadStream, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import JSZip from 'jszip';

/** Opens the file only when the zip writer gets to it, so thousands of entries need one descriptor. */
function lazyFile(path: string): Readable {
  async function* read(): AsyncIterable<Buffer> {
    yield* createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>;
  }
  return Readable.from(read(), { objectMode: false });
}

/** Writes `paths` (relative to `folder`) into a new zip at `target`. */
export async function packFolder(folder: string, paths: string[], target: string): Promise<void> {
  const zip = new JSZip();
  for (const path of paths) {
    zip.file(path, lazyFile(join(folder, path)), { binary: true });
  }
  const output = zip.generateNodeStream({
    type: 'nodebuffer',
    streamFiles: true,
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'UNIX',
  });
  await pipeline(output as Readable, createWriteStream(target, { flags: 'wx', mode: 0o644 }));
}
