import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import type { Download } from '@playwright/test';
import type { Manifest } from '../../frontend/src/core/model.ts';

export interface OpenedBundle {
  fileName: string;
  /** Where Playwright saved the download. */
  path: string;
  manifest: Manifest;
  /** Every entry's text, by path (manifest.json included). */
  texts: Map<string, string>;
  /** Entries whose SHA-256 or size does not match the manifest. */
  mismatches: string[];
  /** Files in the zip that the manifest does not list (manifest.json and its checksum excepted). */
  unlisted: string[];
}

/** Opens a downloaded bundle the way a support engineer would, and checks its manifest. */
export async function openBundle(download: Download): Promise<OpenedBundle> {
  const path = await download.path();
  const zip = await JSZip.loadAsync(await readFile(path));
  const texts = new Map<string, string>();
  const bytes = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const content = await entry.async('uint8array');
    bytes.set(entry.name, content);
    texts.set(entry.name, new TextDecoder().decode(content));
  }
  const manifest = JSON.parse(texts.get('manifest.json') ?? 'null') as Manifest;
  const mismatches = manifest.files
    .filter((file) => {
      const content = bytes.get(file.path);
      if (!content) return true;
      const sha = createHash('sha256').update(content).digest('hex');
      return sha !== file.sha256 || content.byteLength !== file.size;
    })
    .map((file) => file.path);
  const listed = new Set(manifest.files.map((file) => file.path));
  const unlisted = [...bytes.keys()].filter(
    (name) => !name.startsWith('manifest.json') && !listed.has(name),
  );
  return { fileName: download.suggestedFilename(), path, manifest, texts, mismatches, unlisted };
}
