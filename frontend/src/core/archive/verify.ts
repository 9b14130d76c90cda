/**
 * Checks a bundle against its manifest: every listed file present with its size and
 * SHA-256, nothing unlisted, and the manifest itself matching manifest.json.sha256.
 */
import JSZip from 'jszip';
import type { Manifest } from '../model.ts';
import { isSafeEntryName } from '../collect/files/file-kinds.ts';
import { FORMAT_VERSION, MANIFEST, MANIFEST_CHECKSUM } from './layout.ts';
import { sha256Hex } from './sha256.ts';

export interface VerifyResult {
  ok: boolean;
  /** Files whose size or SHA-256 differ from the manifest (manifest.json if its checksum differs). */
  mismatched: string[];
  /** Files the manifest lists that are not in the zip. */
  missing: string[];
  /** Files in the zip the manifest does not list. */
  extra: string[];
  errors: string[];
  manifest?: Manifest;
}

function parseManifest(text: string, errors: string[]): Manifest | undefined {
  try {
    const value = JSON.parse(text) as Partial<Manifest>;
    if (value.formatVersion !== FORMAT_VERSION) {
      errors.push(`Unknown bundle format version: ${String(value.formatVersion)}.`);
      return undefined;
    }
    if (!Array.isArray(value.files)) {
      errors.push('manifest.json lists no files.');
      return undefined;
    }
    return value as Manifest;
  } catch {
    errors.push('manifest.json is not valid JSON.');
    return undefined;
  }
}

export async function verifyBundle(zipBytes: Uint8Array): Promise<VerifyResult> {
  const result: VerifyResult = { ok: false, mismatched: [], missing: [], extra: [], errors: [] };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(zipBytes, { checkCRC32: true });
  } catch (error) {
    result.errors.push(
      `Not a readable zip: ${error instanceof Error ? error.message : String(error)}`,
    );
    return result;
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  for (const entry of entries) {
    const name = entry.unsafeOriginalName ?? entry.name;
    if (!isSafeEntryName(name)) result.errors.push(`Unsafe entry name: ${name}`);
  }
  const manifestFile = zip.file(MANIFEST);
  if (!manifestFile) {
    result.errors.push('manifest.json is missing.');
    return result;
  }
  const manifestBytes = await manifestFile.async('uint8array');
  const checksumFile = zip.file(MANIFEST_CHECKSUM);
  if (!checksumFile) {
    result.missing.push(MANIFEST_CHECKSUM);
  } else {
    const line = /^([0-9a-f]{64}) {2}manifest\.json\n?$/.exec(await checksumFile.async('string'));
    if (!line) result.errors.push(`${MANIFEST_CHECKSUM} is not in "sha256  manifest.json" form.`);
    else if (line[1] !== (await sha256Hex(manifestBytes))) result.mismatched.push(MANIFEST);
  }
  const manifest = parseManifest(new TextDecoder().decode(manifestBytes), result.errors);
  if (manifest) {
    result.manifest = manifest;
    const listed = new Set<string>();
    for (const file of manifest.files) {
      listed.add(file.path);
      const entry = zip.file(file.path);
      if (!entry) {
        result.missing.push(file.path);
        continue;
      }
      const bytes = await entry.async('uint8array');
      if (bytes.byteLength !== file.size || (await sha256Hex(bytes)) !== file.sha256) {
        result.mismatched.push(file.path);
      }
    }
    for (const entry of entries) {
      const name = entry.unsafeOriginalName ?? entry.name;
      if (name !== MANIFEST && name !== MANIFEST_CHECKSUM && !listed.has(name))
        result.extra.push(name);
    }
  }
  result.ok =
    result.errors.length === 0 &&
    result.mismatched.length === 0 &&
    result.missing.length === 0 &&
    result.extra.length === 0;
  return result;
}
