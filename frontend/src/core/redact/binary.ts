/**
 * Binary files (heap dumps, flight recordings, images, archives) cannot be redacted, so
 * they are dropped unless the admin keeps them by name.
 */

const BINARY_EXTENSIONS = new Set([
  'hprof',
  'jfr',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'bmp',
  'ico',
  'webp',
  'zip',
  'gz',
  'tgz',
  'bz2',
  'xz',
  '7z',
  'jar',
  'war',
  'class',
  'bin',
  'core',
  'dmp',
  'pdf',
  'so',
  'dll',
  'exe',
  'obr',
]);

const MAGIC: readonly (readonly number[])[] = [
  [0x4a, 0x41, 0x56, 0x41, 0x20, 0x50, 0x52, 0x4f, 0x46, 0x49, 0x4c, 0x45], // "JAVA PROFILE" (hprof)
  [0x46, 0x4c, 0x52, 0x00], // "FLR\0" (JFR)
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x50, 0x4b, 0x03, 0x04], // zip, jar
  [0x1f, 0x8b], // gzip
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0xca, 0xfe, 0xba, 0xbe], // Java class
];

const SAMPLE = 8192;

/** True for bytes that are not text: a known binary signature, a NUL, or many control bytes. */
export function isBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((m) => m.length <= bytes.length && m.every((b, i) => bytes[i] === b))) return true;
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

export function hasBinaryExtension(path: string): boolean {
  const name = path.toLowerCase().split('/').pop() ?? '';
  return BINARY_EXTENSIONS.has(name.split('.').pop() ?? '');
}

/** UTF-8 when it is valid, else Latin-1 (Java's .properties files are ISO-8859-1). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}
