/** What kind of file an added file (or a zip entry) is, by its name. */

const MEDIA_TYPES: [RegExp, string][] = [
  [/\.(json|har)$/i, 'application/json'],
  [/\.xml$/i, 'application/xml'],
  [/\.ya?ml$/i, 'application/yaml'],
  [/\.properties$/i, 'text/x-java-properties'],
  [/\.(html?)$/i, 'text/html'],
  [/\.(zip|gz|tgz|jar|hprof|bin|png|jpe?g|gif)$/i, 'application/octet-stream'],
];

export function mediaTypeFor(name: string): string {
  for (const [pattern, type] of MEDIA_TYPES) if (pattern.test(name)) return type;
  return 'text/plain';
}

/** Logs keep their newest part and honour the time window; other files are kept whole. */
export function isLogName(name: string): boolean {
  const base = name.split('/').pop() ?? name;
  return /(\.log(\.\d+)?|\.log\.\d{4}-\d{2}-\d{2}(\.\d+)?|\.out(\.\d+)?|\.out\.\d{4}-\d{2}-\d{2})$/i.test(
    base,
  );
}

export function isZipName(name: string): boolean {
  return /\.zip$/i.test(name);
}

export function startsLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x20) return true;
  return false;
}

/**
 * A name that stays inside its folder: no `..` segment, not absolute, no drive letter,
 * no control characters. Backslashes count as separators (Windows-made zips).
 */
export function isSafeEntryName(name: string): boolean {
  if (name === '' || name.length > 1024) return false;
  if (hasControlCharacter(name)) return false;
  const normalised = name.replace(/\\/g, '/');
  if (normalised.startsWith('/') || /^[A-Za-z]:/.test(normalised)) return false;
  return !normalised.split('/').some((segment) => segment === '..');
}

/** An added file's own name as a single safe path segment. */
export function safeFileName(name: string): string {
  const base = name.replace(/\\/g, '/').split('/').pop() ?? '';
  const cleaned = [...base]
    .filter((c) => !hasControlCharacter(c))
    .join('')
    .trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'unnamed' : cleaned;
}
