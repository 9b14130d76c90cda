// The loader is in context atl.admin, so every admin page downloads it: keep it tiny.
import { gzipSync } from 'node:zlib';
import type { Problem } from './problem.ts';

export const LOADER_GZIP_LIMIT = 3 * 1024;

export function gzipSize(bytes: Uint8Array): number {
  // Default level, close to what Jira's own compression sends.
  return gzipSync(bytes).byteLength;
}

export function checkGzipSize(file: string, bytes: Uint8Array, limit: number): Problem[] {
  const size = gzipSize(bytes);
  if (size <= limit) return [];
  return [
    {
      problem: `${file} is ${size} bytes gzipped, over its limit of ${limit} bytes; it loads on every admin page.`,
      fix: 'Move code out of frontend/src/entry/loader.ts into the app (loaded on demand); the loader should only mount the screen.',
    },
  ];
}
