/** The manifest: what the bundle is, which sources ran, and every file with size and hash. */
import { findSource } from '../collect/sources/index.ts';
import type { BundleItem, CollectionLogEntry, Manifest, ManifestFile } from '../model.ts';
import { FORMAT_VERSION } from './layout.ts';
import { sha256Hex } from './sha256.ts';

type Status = CollectionLogEntry['status'];
const STATUS_RANK: Status[] = ['failed', 'truncated', 'ok', 'skipped'];

/** One status per source: the worst of its entries (a fallback's skipped 404 never wins). */
export function sourceStatuses(log: readonly CollectionLogEntry[]): Manifest['sources'] {
  const bySource = new Map<string, Status>();
  for (const entry of log) {
    const current = bySource.get(entry.sourceId);
    if (!current || STATUS_RANK.indexOf(entry.status) < STATUS_RANK.indexOf(current)) {
      bySource.set(entry.sourceId, entry.status);
    }
  }
  return [...bySource.entries()].map(([id, status]) => ({
    id,
    title: findSource(id)?.title ?? id,
    status,
  }));
}

export async function manifestFiles(items: readonly BundleItem[]): Promise<ManifestFile[]> {
  return Promise.all(
    items.map(async (item) => ({
      path: item.path,
      size: item.bytes.byteLength,
      sha256: await sha256Hex(item.bytes),
      sourceId: item.sourceId,
    })),
  );
}

export interface ManifestInput {
  productName: string;
  productVersion: string;
  rulesetVersion: string;
  createdAt: string;
  instance: string;
  requestId?: string;
  log: readonly CollectionLogEntry[];
  files: ManifestFile[];
}

export function buildManifest(input: ManifestInput): Manifest {
  return {
    formatVersion: FORMAT_VERSION,
    product: { name: input.productName, version: input.productVersion },
    rulesetVersion: input.rulesetVersion,
    createdAt: input.createdAt,
    instance: input.instance,
    ...(input.requestId ? { requestId: input.requestId } : {}),
    sources: sourceStatuses(input.log),
    files: input.files,
  };
}
