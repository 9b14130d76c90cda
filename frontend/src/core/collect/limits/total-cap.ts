/**
 * The total cap: items are kept in bundle order until the next one would cross the cap;
 * those left out are named in the log.
 */
import type { BundleItem, CollectionLogEntry } from '../../model.ts';

export function applyTotalCap(
  items: BundleItem[],
  maxTotalBytes: number,
): { items: BundleItem[]; log: CollectionLogEntry[] } {
  const kept: BundleItem[] = [];
  const log: CollectionLogEntry[] = [];
  let total = 0;
  for (const item of items) {
    if (total + item.bytes.byteLength > maxTotalBytes) {
      log.push({
        sourceId: item.sourceId,
        status: 'skipped',
        kind: 'too-large',
        message: `${item.path} was left out: the bundle would exceed its total size limit.`,
        advice: 'Raise the total limit, shorten the log window, or leave other files out.',
      });
      continue;
    }
    total += item.bytes.byteLength;
    kept.push(item);
  }
  return { items: kept, log };
}
