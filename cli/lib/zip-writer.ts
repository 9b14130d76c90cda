/**
 * Packs staged files into a zip with yazl: it streams each file from disk when its turn comes
 * (one descriptor at a time) and switches to zip64 by itself when an entry, the archive or the
 * entry count outgrows the classic format, so a redacted support zip over 4 GiB stays readable.
 */
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';

/** Writes `paths` (relative to `folder`) into a new zip at `target`. */
export async function packFolder(folder: string, paths: string[], target: string): Promise<void> {
  const zip = new ZipFile();
  const failed = new Promise<never>((_, reject) => zip.on('error', reject));
  for (const path of paths) {
    zip.addFile(join(folder, path), path, { compress: true, compressionLevel: 6, mode: 0o100644 });
  }
  zip.end();
  await Promise.race([
    pipeline(zip.outputStream, createWriteStream(target, { flags: 'wx', mode: 0o644 })),
    failed,
  ]);
}
