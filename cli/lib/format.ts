/** Small helpers for what the CLI prints. */

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}

/** A preview that helps find a value without showing it: `ab…(32 chars)`. */
export function maskedPreview(value: string): string {
  const chars = [...value];
  if (chars.length <= 4) return `…(${chars.length} chars)`;
  return `${chars.slice(0, 2).join('')}…(${chars.length} chars)`;
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}
