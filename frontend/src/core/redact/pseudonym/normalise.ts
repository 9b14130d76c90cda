/**
 * The form of a value that decides its token: the same person or host written in another
 * letter case, URL-encoded or with a trailing dot gets the same token.
 */
export function normaliseValue(kind: string, value: string): string {
  const v = value.trim();
  switch (kind) {
    case 'ip':
      return v;
    case 'project':
      return v.toUpperCase();
    case 'mac':
      return v.toLowerCase().replace(/[-.]/g, ':');
    case 'host':
      return v.toLowerCase().replace(/\.$/, '');
    case 'email':
      return safeDecode(v).toLowerCase();
    default:
      return v.toLowerCase().replace(/\s+/g, ' ');
  }
}

export function safeDecode(v: string): string {
  if (!v.includes('%')) return v;
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}
