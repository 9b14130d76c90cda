// The plugin JAR is a zip whose first entry is the manifest (java.util.jar expects that).
import JSZip from 'jszip';

export interface JarEntry {
  path: string;
  content: Uint8Array | string;
}

export async function createJar(manifest: string, entries: readonly JarEntry[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('META-INF/MANIFEST.MF', manifest);
  for (const entry of entries) zip.file(entry.path, entry.content);
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'UNIX',
  });
}
