// META-INF/MANIFEST.MF for a resource-only plugin JAR.
import type { Problem } from './problem.ts';

export type ManifestHeaders = ReadonlyArray<readonly [name: string, value: string]>;

const MAX_LINE_BYTES = 72;

/** One header, wrapped as the JAR spec wants: lines of at most 72 bytes, continued by a space. */
function renderHeader(name: string, value: string): string[] {
  const lines: string[] = [];
  let line = `${name}: `;
  let limit = MAX_LINE_BYTES;
  for (const char of value) {
    if (Buffer.byteLength(line + char) > limit) {
      lines.push(line);
      line = ' ';
      limit = MAX_LINE_BYTES;
    }
    line += char;
  }
  lines.push(line);
  return lines;
}

export function renderManifest(headers: ManifestHeaders): string {
  const lines = [['Manifest-Version', '1.0'] as const, ...headers].flatMap(([name, value]) =>
    renderHeader(name, value),
  );
  return lines.map((line) => `${line}\r\n`).join('') + '\r\n';
}

/** Header names in a manifest, with continuation lines joined. */
export function manifestHeaderNames(manifest: string): string[] {
  return manifest
    .split(/\r?\n/)
    .filter((line) => line !== '' && !line.startsWith(' '))
    .map((line) => line.slice(0, line.indexOf(':')).trim());
}

/**
 * Atlassian-Plugin-Key tells the plugin framework the JAR is already an OSGi bundle
 * ("transformerless"): it then skips the step that makes a Java-less plugin work, and the
 * web-item conditions silently disappear.
 */
export function checkManifest(manifest: string): Problem[] {
  const names = manifestHeaderNames(manifest).map((name) => name.toLowerCase());
  if (!names.includes('atlassian-plugin-key')) return [];
  return [
    {
      problem: 'META-INF/MANIFEST.MF has an Atlassian-Plugin-Key header.',
      fix: 'Remove it from the manifest headers in scripts/build.ts: this resource-only plugin must be transformed by Jira.',
    },
  ];
}
