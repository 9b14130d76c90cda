/** `support-bundle-<instance>[-<request id>]-<yyyymmddThhmmssZ>.zip`, safe on every OS. */

function safePart(text: string): string {
  return text
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}

export function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

export function bundleFileName(instance: string, createdAt: Date, requestId?: string): string {
  // Host pseudonyms end in the reserved `.invalid` domain; the file name needs no domain.
  const parts = ['support-bundle', safePart(instance.replace(/\.invalid$/i, '')) || 'instance'];
  const request = requestId ? safePart(requestId) : '';
  if (request) parts.push(request);
  parts.push(utcStamp(createdAt));
  return `${parts.join('-')}.zip`;
}
