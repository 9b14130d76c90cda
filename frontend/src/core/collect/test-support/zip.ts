/** Zips made on the spot for tests of the core and of the screen. */
import JSZip from 'jszip';

/** A zip of the given entries, deflated at the highest level (what a careful attacker would use). */
export async function zipOf(entries: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}
